import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { personalFieldsOf } from '@app/domain';
import { runMigrations } from '@app/database';
import { PersonalDataEventStore, PostgresKeyring } from '@app/event-store/personal-data';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { readModelsRunner } from '@app/projections/read-models';
import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { ReplayProgress } from '@app/projections/replay/replay-progress';
import { ReplayProgressBar } from '../../apps/cli/src/support/replay-progress-bar';
import { benchSchema } from '../support/bench-database';
import { peakRssMiB, row, throughput } from '../support/figures';
import { dossierEvents, EVENTS_PER_DOSSIER, organisationEvents } from './synthetic-history';

/**
 * Full blue/green rebuild of the read models over BENCH_REPLAY_EVENTS events (1,000,000 by
 * default) with the progress bar on, beside the event store's own readAll over the same log: when
 * the two rates are close, reading is what bounds a rebuild. Prints; asserts nothing.
 */
const EVENTS = Number(process.env.BENCH_REPLAY_EVENTS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_REPLAY_BATCH ?? 20_000);
const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
/** CPU this process used since `since` (the rest of the wall time is PostgreSQL, or waiting for a core). */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1e6).toFixed(1);
};

async function main(): Promise<void> {
  const db = await benchSchema(12);
  const keys = mkdtempSync(join(tmpdir(), 'bench-replay-'));
  try {
    await runMigrations(db.pool, [...EVENT_STORE_MIGRATIONS, ...PROJECTION_MIGRATIONS]);
    // The store as the service and the CLI open it: personal values are opened on every read.
    const store = new PersonalDataEventStore(new PostgresEventStore({ pool: db.pool, connect: () => new Client(db.config) }), {
      keyring: new PostgresKeyring(db.pool, join(keys, 'personal-data.key')),
      fieldsOf: personalFieldsOf,
    });
    const dossiers = Math.ceil(EVENTS / EVENTS_PER_DOSSIER);
    console.log(`replay benchmark: ${(dossiers * EVENTS_PER_DOSSIER).toLocaleString('en-US')} events (${dossiers.toLocaleString('en-US')} dossiers), batches of ${BATCH.toLocaleString('en-US')} (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs)`);

    await store.append('orgtree-national', organisationEvents(), 'no_stream');
    const loadRate = await throughput(dossiers, 8, async (index) => {
      const events = dossierEvents(index);
      await store.append(`dossier-${(events[0].data as { dossierId: string }).dossierId}`, events, 'no_stream');
    });
    row('load (one append per dossier, 8 writers)', loadRate * EVENTS_PER_DOSSIER, 'events/s');
    const total = Number((await db.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);

    // Reading alone: the floor under any rebuild.
    let read = 0;
    let from = 0;
    const readCpu = process.cpuUsage();
    const readStarted = process.hrtime.bigint();
    for (;;) {
      const page = await store.readAll({ fromPosition: from, limit: BATCH });
      read += page.length;
      if (page.length < BATCH) break;
      from = page[page.length - 1].position + 1;
    }
    const readSeconds = seconds(readStarted);
    row(`readAll alone, pages of ${BATCH.toLocaleString('en-US')}`, read / readSeconds, `events/s (${readSeconds.toFixed(1)} s, ${cpuSeconds(readCpu)} s of CPU in this process)`);

    row('load average before the rebuild', loadavg()[0].toFixed(1), `on ${availableParallelism()} CPUs`);
    // The live runner keeps the live tables (here: empty, caught up at once is not the point).
    const live = readModelsRunner({ pool: db.pool, store });
    const bar = new ReplayProgressBar();
    const phases = new Map<ReplayProgress['phase'], number>();
    let phaseStarted = process.hrtime.bigint();
    let phase: ReplayProgress['phase'] = 'rebuilding';
    const replayCpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    const outcome = await replayReadModels({
      pool: db.pool,
      store,
      batchSize: BATCH,
      onProgress: (progress) => {
        bar.update(progress);
        if (progress.phase !== phase) {
          phases.set(phase, seconds(phaseStarted));
          phaseStarted = process.hrtime.bigint();
          phase = progress.phase;
        }
      },
    });
    bar.stop();
    const replaySeconds = seconds(started);
    phases.set(phase, seconds(phaseStarted));
    row('full rebuild, progress bar on (blue/green, all read models)', outcome.events / replaySeconds, `events/s (${replaySeconds.toFixed(1)} s, ${cpuSeconds(replayCpu)} s of CPU in this process)`);
    const secondsOf = (...names: ReplayProgress['phase'][]) => names.reduce((sum, name) => sum + (phases.get(name) ?? 0), 0).toFixed(2);
    row('  filling the shadow tables', secondsOf('rebuilding'), 's');
    row('  building their indexes', secondsOf('indexing'), 's');
    row('  catching up under the live lock and swapping', secondsOf('catching-up', 'swapping'), 's');
    row('  rebuild rate relative to readAll alone', (100 * (outcome.events / replaySeconds)) / (read / readSeconds), '%');
    const counts = (await db.pool.query('SELECT (SELECT count(*) FROM dossiers) AS d, (SELECT count(*) FROM escalations) AS e, (SELECT count(*) FROM org_units) AS o')).rows[0];
    row('rows: dossiers / escalations / organisations', `${counts.d} / ${counts.e} / ${counts.o}`);
    row('events in the log', total);
    row('peak RSS', peakRssMiB(), 'MiB');
    await live.stop();
    await store.close();
  } finally {
    rmSync(keys, { recursive: true, force: true });
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
