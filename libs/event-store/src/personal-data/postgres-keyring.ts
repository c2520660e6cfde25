import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { KeyStatus, PersonalKeyring } from './personal-keyring';
import { ErasedSubjectRefused, PersonalDataKeyError } from './personal-data.errors';
import { loadMasterKey, MasterKey, unwrapDataKey, wrapDataKey } from './master-key-file';
import { DATA_KEY_BYTES } from './personal-envelope';

interface KeyRow {
  subject: string;
  wrapped_key: Buffer | null;
  master_key_id: string | null;
}

/**
 * The data keys in PostgreSQL (table personal_data_keys), wrapped with the master key from
 * `masterKeyFile`. The master key is read when first needed, and created only to wrap a first key.
 */
export class PostgresKeyring implements PersonalKeyring {
  private master?: MasterKey;

  constructor(
    private readonly pool: Pool,
    private readonly masterKeyFile: string,
  ) {}

  async keysForWriting(subjects: readonly string[]): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(subjects)];
    let rows = await this.rows(wanted);
    const erased = rows.find((row) => row.wrapped_key === null);
    if (erased) throw new ErasedSubjectRefused(erased.subject);
    const missing = wanted.filter((subject) => !rows.some((row) => row.subject === subject));
    if (missing.length > 0) {
      const master = this.masterKey(true);
      const wrapped = missing.map((subject) => wrapDataKey(master, subject, randomBytes(DATA_KEY_BYTES)));
      // Two writers creating the same subject's key at once: the first row stays, and both use it.
      await this.pool.query(
        `INSERT INTO personal_data_keys (subject, wrapped_key, master_key_id)
           SELECT * FROM unnest($1::text[], $2::bytea[], $3::text[]) ON CONFLICT (subject) DO NOTHING`,
        [missing, wrapped, missing.map(() => master.id)],
      );
      rows = await this.rows(wanted);
      const lost = rows.find((row) => row.wrapped_key === null);
      if (lost) throw new ErasedSubjectRefused(lost.subject);
    }
    return new Map(rows.map((row) => [row.subject, this.unwrap(row)]));
  }

  async keysForReading(subjects: readonly string[]): Promise<Map<string, Buffer | null>> {
    const rows = await this.rows([...new Set(subjects)]);
    const keys = new Map<string, Buffer | null>(subjects.map((subject) => [subject, null]));
    for (const row of rows) if (row.wrapped_key !== null) keys.set(row.subject, this.unwrap(row));
    return keys;
  }

  async status(subject: string): Promise<KeyStatus> {
    const [row] = await this.rows([subject]);
    return row === undefined ? 'unknown' : row.wrapped_key === null ? 'destroyed' : 'held';
  }

  async destroy(subject: string): Promise<void> {
    await this.pool.query(
      `UPDATE personal_data_keys SET wrapped_key = NULL, master_key_id = NULL, erased_at = now()
        WHERE subject = $1 AND erased_at IS NULL`,
      [subject],
    );
  }

  private async rows(subjects: string[]): Promise<KeyRow[]> {
    if (subjects.length === 0) return [];
    const { rows } = await this.pool.query<KeyRow>('SELECT subject, wrapped_key, master_key_id FROM personal_data_keys WHERE subject = ANY ($1::text[])', [subjects]);
    return rows;
  }

  private unwrap(row: KeyRow): Buffer {
    const master = this.masterKey(false);
    if (row.master_key_id !== master.id) {
      throw new PersonalDataKeyError(`the data key of ${row.subject} was wrapped with master key ${row.master_key_id}, but PERSONAL_DATA_KEY_FILE ${master.file} holds ${master.id}`);
    }
    return unwrapDataKey(master, row.subject, row.wrapped_key!);
  }

  private masterKey(create: boolean): MasterKey {
    this.master ??= loadMasterKey(this.masterKeyFile, { create });
    return this.master;
  }
}
