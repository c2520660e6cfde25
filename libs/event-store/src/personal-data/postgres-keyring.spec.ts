import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { PERSONAL_DATA_MIGRATIONS } from './personal-data-keys.migration';
import { ErasedSubjectRefused, PersonalDataKeyError } from './personal-data.errors';
import { PostgresKeyring } from './postgres-keyring';

describe('PostgresKeyring (real PostgreSQL)', () => {
  let schema: TestSchema;
  let folder: string;
  let keyFile: string;

  beforeEach(async () => {
    schema = await createTestSchema('keyring');
    await runMigrations(schema.pool, PERSONAL_DATA_MIGRATIONS);
    folder = mkdtempSync(join(tmpdir(), 'keyring-'));
    keyFile = join(folder, 'keys', 'personal-data.key');
  });
  afterEach(async () => {
    await schema.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates one key per subject, even for writers racing on a new subject, and stores it only wrapped', async () => {
    const keyrings = [new PostgresKeyring(schema.pool, keyFile), new PostgresKeyring(schema.pool, keyFile), new PostgresKeyring(schema.pool, keyFile)];
    const answers = await Promise.all(keyrings.map((keyring) => keyring.keysForWriting(['nv-0042', 'nv-0043', 'nv-0042'])));
    const keys = answers.map((answer) => answer.get('nv-0042')!.toString('hex'));
    expect(new Set(keys).size).toBe(1);
    expect(answers[0].get('nv-0043')!.equals(answers[0].get('nv-0042')!)).toBe(false);

    const { rows } = await schema.pool.query<{ subject: string; wrapped_key: Buffer }>('SELECT subject, wrapped_key FROM personal_data_keys ORDER BY subject');
    expect(rows.map((row) => row.subject)).toEqual(['nv-0042', 'nv-0043']);
    expect(rows[0].wrapped_key.includes(answers[0].get('nv-0042')!)).toBe(false);
    expect((await keyrings[1].keysForReading(['nv-0042'])).get('nv-0042')!.toString('hex')).toBe(keys[0]);
  });

  it('destroys a key for every reader at once, keeps a tombstone, and refuses new data for the subject', async () => {
    const writer = new PostgresKeyring(schema.pool, keyFile);
    const reader = new PostgresKeyring(schema.pool, keyFile);
    await writer.keysForWriting(['nv-0042', 'nv-0043']);
    expect(await reader.status('nv-0042')).toBe('held');

    await writer.destroy('nv-0042');
    await writer.destroy('nv-0042');

    expect(await reader.keysForReading(['nv-0042', 'nv-0043', 'nv-9999'])).toEqual(
      new Map([
        ['nv-0042', null],
        ['nv-0043', expect.any(Buffer)],
        ['nv-9999', null],
      ]),
    );
    expect([await reader.status('nv-0042'), await reader.status('nv-9999')]).toEqual(['destroyed', 'unknown']);
    await expect(reader.keysForWriting(['nv-0043', 'nv-0042'])).rejects.toThrow(ErasedSubjectRefused);
    const { rows } = await schema.pool.query('SELECT wrapped_key, master_key_id, erased_at FROM personal_data_keys WHERE subject = $1', ['nv-0042']);
    expect(rows[0]).toMatchObject({ wrapped_key: null, master_key_id: null, erased_at: expect.any(Date) });
  });

  it('creates the master key only to wrap a first key, and names a wrong master key file', async () => {
    await new PostgresKeyring(schema.pool, keyFile).keysForReading(['nv-0042']);
    expect(existsSync(keyFile)).toBe(false);
    await new PostgresKeyring(schema.pool, keyFile).keysForWriting(['nv-0042']);
    expect(existsSync(keyFile)).toBe(true);

    const elsewhere = new PostgresKeyring(schema.pool, join(folder, 'other.key'));
    await expect(elsewhere.keysForReading(['nv-0042'])).rejects.toThrow(PersonalDataKeyError);
    await expect(elsewhere.keysForReading(['nv-0042'])).rejects.toThrow(/does not exist/);
    await new PostgresKeyring(schema.pool, join(folder, 'other.key')).keysForWriting(['nv-0099']);
    await expect(new PostgresKeyring(schema.pool, join(folder, 'other.key')).keysForReading(['nv-0042'])).rejects.toThrow(/was wrapped with master key [0-9a-f]{32}, but PERSONAL_DATA_KEY_FILE .* holds [0-9a-f]{32}/);
  });
});
