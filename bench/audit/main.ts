import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { exportBundle, loadOrCreateSealKey, loadSealPublicKey, SealDirectory, Sealer, verifyBundle, verifyLog, writeBundleFile } from '@app/audit';
import { runMigrations } from '@app/database';
import { NewEvent } from '@app/event-store';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { benchSchema } from '../support/bench-database';
import { peakRssMiB, row, throughput } from '../support/figures';

/**
 * Tamper-evidence figures: `verify` over BENCH_AUDIT_EVENTS events (default 1,000,000) in dossier
 * streams of 20 events, sealing in seals of 100,000, and the export and offline verification of
 * one dossier's bundle. Prints; asserts nothing.
 */
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const PER_DOSSIER = 20;

function dossierEvents(dossierId: string): NewEvent[] {
  return Array.from({ length: PER_DOSSIER }, (_, index) => ({
    id: randomUUID(),
    type: index === 0 ? 'DossierCreated' : 'ReviewApproved',
    data: {
      dossierId,
      orgId: 'dept-heritage',
      round: 1,
      step: index,
      reviewerOrgId: 'ministry-culture',
      by: { userId: 'minh', role: 'reviewer', orgId: 'ministry-culture' },
      at: new Date().toISOString(),
      comment: 'Approved: the plan covers all seven contents and the budget is itemised.',
    },
    metadata: { actor: 'minh', role: 'reviewer', org: 'ministry-culture', correlationId: randomUUID(), commandId: randomUUID() },
  }));
}

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

async function main(): Promise<void> {
  const db = await benchSchema(12);
  const folder = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  try {
    await runMigrations(db.pool, EVENT_STORE_MIGRATIONS);
    const store = new PostgresEventStore({ pool: db.pool, connect: () => new Client(db.config) });
    const archive = new SealDirectory(join(folder, 'seals'));
    const keyFile = join(folder, 'keys', 'seal.pem');
    const sealer = new Sealer({ pool: db.pool, store, archive, key: () => loadOrCreateSealKey(keyFile) });
    console.log(`audit benchmark: ${EVENTS.toLocaleString('en-US')} events in dossiers of ${PER_DOSSIER} events (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs)`);

    const dossiers = Math.ceil(EVENTS / PER_DOSSIER);
    let sample = '';
    const loadRate = await throughput(dossiers, 4, async (index) => {
      const dossierId = randomUUID();
      if (index === Math.floor(dossiers / 2)) sample = dossierId;
      await store.append(`dossier-${dossierId}`, dossierEvents(dossierId), 'no_stream');
    });
    row('load (one dossier of 20 events per append, 4 writers)', loadRate * PER_DOSSIER, 'events/s');
    await db.pool.query('VACUUM ANALYZE es_events');

    const sealStarted = process.hrtime.bigint();
    const { sealed } = await sealer.sealPending({ wait: true });
    const sealSeconds = seconds(sealStarted);
    const full = sealed.filter((seal) => seal.count === 100_000).length;
    row(`seal everything: ${sealed.length} seals`, sealSeconds * 1000, 'ms');
    row('seal time per 100,000 events', ((sealSeconds * 1000) / sealed.reduce((sum, seal) => sum + seal.count, 0)) * 100_000, `ms (${full} full seals)`);

    row('load average before verifying', loadavg()[0].toFixed(1), `on ${availableParallelism()} CPUs`);
    for (const threads of [availableParallelism(), 0]) {
      const verifyStarted = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      const report = await verifyLog({ pool: db.pool, archive, publicKey: loadSealPublicKey(keyFile), keyFile, threads });
      const verifySeconds = seconds(verifyStarted);
      const cpu = process.cpuUsage(cpuBefore);
      if (report.problemCount > 0) throw new Error(`verify found problems in an untouched log: ${JSON.stringify(report.problems[0])}`);
      const how = report.threads > 0 ? `${report.threads} threads` : 'one thread';
      row(`verify ${report.events.toLocaleString('en-US')} events, ${report.databaseSeals} seals, ${how}`, report.events / verifySeconds, `events/s (${verifySeconds.toFixed(1)} s)`);
      // Independent of what else the machine runs: this process's CPU time (all threads) per event.
      row(`  CPU of this process per event (${how})`, ((cpu.user + cpu.system) / report.events) * 1000, 'ns');
    }

    const file = join(folder, 'bundle.jsonl');
    const exportStarted = process.hrtime.bigint();
    const summary = await writeBundleFile(file, (sink) => exportBundle({ pool: db.pool, sealer, key: loadOrCreateSealKey(keyFile), selection: { dossier: sample }, sink }));
    row(`export one dossier (${summary.events} events, ${summary.seals} seal(s))`, seconds(exportStarted) * 1000, `ms (${statSync(file).size.toLocaleString('en-US')} bytes)`);

    const offlineStarted = process.hrtime.bigint();
    const offline = verifyBundle(readFileSync(file));
    if (!offline.ok) throw new Error(`the bundle does not verify: ${offline.problems[0]}`);
    row('verify-bundle offline, same dossier', seconds(offlineStarted) * 1000, 'ms');
    row('peak RSS of the benchmark process', peakRssMiB(), 'MiB');
    await store.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
