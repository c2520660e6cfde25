import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SealDirectory, verifyLog } from '@app/audit';
import { runMigrations } from '@app/database';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { benchSchema } from '../support/bench-database';

async function main() {
  const db = await benchSchema(8);
  await runMigrations(db.pool, EVENT_STORE_MIGRATIONS);
  const store = new PostgresEventStore({ pool: db.pool, connect: () => new Client(db.config) });
  const N = 100000;
  for (let i = 0; i < N / 20; i += 50) {
    await Promise.all(Array.from({ length: 50 }, async () => {
      const d = randomUUID();
      await store.append(`dossier-${d}`, Array.from({ length: 20 }, (_, k) => ({ id: randomUUID(), type: 'ReviewApproved', data: { dossierId: d, orgId: 'dept-heritage', round: 1, step: k, reviewerOrgId: 'ministry-culture', by: { userId: 'minh', role: 'reviewer', orgId: 'ministry-culture' }, at: new Date().toISOString(), comment: 'Approved: the plan covers all seven contents and the budget is itemised.' }, metadata: { actor: 'minh', role: 'reviewer', org: 'ministry-culture', correlationId: randomUUID(), commandId: randomUUID() } })), 'no_stream');
    }));
  }
  await db.pool.query('VACUUM ANALYZE es_events');
  const archive = new SealDirectory(mkdtempSync(join(tmpdir(), 'p-')));
  for (let i = 0; i < 2; i++) {
    const s = process.hrtime.bigint();
    const r = await verifyLog({ pool: db.pool, archive, publicKey: null, keyFile: 'x' });
    console.log(r.events / (Number(process.hrtime.bigint() - s) / 1e9));
  }
  await store.close();
  await db.drop();
}
main();
