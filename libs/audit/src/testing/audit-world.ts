import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema, TEST_DATABASE_URL } from '@app/database/testing/test-database';
import { NewEvent, RecordedEvent } from '@app/event-store';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { SealDirectory } from '../archive/seal-directory';
import { loadOrCreateSealKey, loadSealPublicKey, SealKey } from '../keys/seal-key-file';
import { Sealer } from '../sealing/sealer';
import { LogReport, verifyLog } from '../verification/verify-log';

/**
 * One test's audit world: an event store on a schema of its own in the real PostgreSQL, a seal
 * key and a seal directory in a temporary folder, and the sealer and verifier wired to them.
 */
export class AuditWorld {
  readonly store: PostgresEventStore;
  readonly archive: SealDirectory;
  readonly keyFile: string;

  private constructor(
    readonly schema: TestSchema,
    readonly folder: string,
  ) {
    this.store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config) });
    this.archive = new SealDirectory(join(folder, 'seals'));
    this.keyFile = join(folder, 'keys', 'seal-ed25519.pem');
  }

  static async open(): Promise<AuditWorld> {
    const schema = await createTestSchema('audit');
    await runMigrations(schema.pool, EVENT_STORE_MIGRATIONS);
    return new AuditWorld(schema, mkdtempSync(join(tmpdir(), 'audit-')));
  }

  get pool() {
    return this.schema.pool;
  }

  /** The environment the CLI commands read, pointing at this world. */
  get env(): Record<string, string> {
    return {
      DATABASE_URL: `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${this.schema.schema}`)}`,
      SEAL_DIR: this.archive.location,
      SEAL_KEY_FILE: this.keyFile,
    };
  }

  key(): SealKey {
    return loadOrCreateSealKey(this.keyFile);
  }

  sealer(options: { maxEventsPerSeal?: number } = {}): Sealer {
    return new Sealer({ pool: this.pool, store: this.store, archive: this.archive, key: () => this.key(), ...options });
  }

  /**
   * Waits until every stored event is below the store's visibility frontier, which any transaction
   * still open elsewhere on the server (other suites run alongside) holds back. Only then can a seal
   * cover the events a test has just appended.
   */
  async settle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await this.pool.query<{ settled: boolean }>('SELECT coalesce((SELECT max(position) FROM es_events) < es_visible_below(), true) AS settled');
      if (rows[0].settled) return;
      if (Date.now() > deadline) throw new Error('events stayed behind the visibility frontier: a transaction elsewhere on the server stays open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async seal() {
    await this.settle();
    return (await this.sealer().sealPending({ wait: true })).sealed;
  }

  /** `threads` > 0 cuts even this small log into chunks (4 for 2 threads), verified on worker threads and stitched. */
  verify(threads = 0): Promise<LogReport> {
    return verifyLog({ pool: this.pool, archive: this.archive, publicKey: loadSealPublicKey(this.keyFile), keyFile: this.keyFile, threads, minEventsPerChunk: 1 });
  }

  /** A dossier of `events` events, one append each (as the service appends them), created by `orgId`. */
  async dossier(events: number, orgId = 'dept-heritage'): Promise<string> {
    const dossierId = randomUUID();
    for (let revision = 0; revision < events; revision += 1) {
      await this.store.append(`dossier-${dossierId}`, [dossierEvent(dossierId, revision, orgId)], revision === 0 ? 'no_stream' : revision - 1);
    }
    return dossierId;
  }

  async streamEvents(stream: string): Promise<RecordedEvent[]> {
    return this.store.readStream(stream);
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.schema.drop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

export function dossierEvent(dossierId: string, revision: number, orgId: string): NewEvent {
  const by = { userId: 'lan', role: 'submitter', orgId };
  return revision === 0
    ? { id: randomUUID(), type: 'DossierCreated', data: { dossierId, orgId, kind: 'yearly_report', year: 2026, by, at: new Date().toISOString() }, metadata: { actor: 'lan', org: orgId } }
    : {
        id: randomUUID(),
        type: 'ReviewApproved',
        data: { dossierId, round: 1, step: revision - 1, reviewerOrgId: 'ministry-culture', by, comment: `Step ${revision} approved: all seven contents present.` },
        metadata: { actor: 'minh', role: 'reviewer', org: 'ministry-culture', correlationId: randomUUID() },
      };
}
