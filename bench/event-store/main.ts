import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { NewEvent, WrongExpectedRevision } from '@app/event-store';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { benchSchema } from '../support/bench-database';
import { peakRssMiB, row, throughput } from '../support/figures';

/**
 * Event store figures on this machine: append throughput against a raw INSERT baseline,
 * readAll and subscription catch-up over READ_EVENTS events, peak RSS. Prints; asserts nothing.
 */
const APPENDS = Number(process.env.BENCH_APPENDS ?? 6000);
const READ_EVENTS = Number(process.env.BENCH_READ_EVENTS ?? 1_000_000);
const CONCURRENCY = [1, 8, 32];

function event(index: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'ReviewApproved',
    data: { dossierId: randomUUID(), step: index % 4, comment: 'Approved: the plan covers all seven contents.' },
    metadata: { actor: 'reviewer-1', role: 'reviewer', org: 'ministry-culture', commandId: randomUUID() },
  };
}

async function main(): Promise<void> {
  const db = await benchSchema(40);
  await runMigrations(db.pool, EVENT_STORE_MIGRATIONS);
  await db.pool.query(`CREATE TABLE raw_events (LIKE es_events INCLUDING ALL)`);
  await db.pool.query(`CREATE SEQUENCE raw_position`);
  const store = new PostgresEventStore({ pool: db.pool, connect: () => new Client(db.config) });
  console.log(`event store benchmark: ${APPENDS} appends per run, readAll over ${READ_EVENTS.toLocaleString('en-US')} events`);

  for (const writers of CONCURRENCY) {
    const raw = await throughput(APPENDS, writers, async (index) => {
      const e = event(index);
      await db.pool.query(
        `INSERT INTO raw_events (position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash)
         VALUES (nextval('raw_position'), $1, $2, 0, $3, 1, $4, $5, now(), $6)`,
        [e.id, `dossier-${e.id}`, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), 'x'.repeat(64)],
      );
    });
    const distinct = await throughput(APPENDS, writers, async (index) => {
      const e = event(index);
      await store.append(`dossier-${e.id}`, [e], 'no_stream');
    });
    // Every writer on one stream: a conflict is retried at the revision the error reports, after a
    // short random pause (as a client would), so writers do not retry in lockstep.
    const hotStream = `dossier-hot${writers}`;
    let conflicts = 0;
    const hotAppends = Math.max(100, Math.floor(APPENDS / 10));
    const hot = await throughput(hotAppends, writers, async (index) => {
      const e = event(index);
      let expected: number | 'no_stream' = (await store.streamRevision(hotStream)) ?? 'no_stream';
      for (;;) {
        try {
          await store.append(hotStream, [e], expected);
          return;
        } catch (error) {
          if (!(error instanceof WrongExpectedRevision)) throw error;
          conflicts += 1;
          expected = error.actual ?? 'no_stream';
          await new Promise((resolve) => setTimeout(resolve, Math.random() * writers));
        }
      }
    });
    row(`raw INSERT baseline, ${writers} writer(s)`, raw, 'rows/s');
    row(`append, distinct streams, ${writers} writer(s)`, distinct, `appends/s (${Math.round((100 * distinct) / raw)}% of raw)`);
    row(`append, one hot stream, ${writers} writer(s), ${hotAppends} appends`, hot, `appends/s (${conflicts} conflicts retried)`);
  }

  const existing = Number((await db.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  const perAppend = 500;
  const toLoad = Math.max(0, READ_EVENTS - existing);
  const loadRate = await throughput(Math.ceil(toLoad / perAppend), 4, async () => {
    const events = Array.from({ length: perAppend }, (_, i) => event(i));
    await store.append(`dossier-${randomUUID()}`, events, 'no_stream');
  });
  row(`bulk load (${perAppend} events per append, 4 writers)`, loadRate * perAppend, 'events/s');

  let read = 0;
  let from = 0;
  const readStarted = process.hrtime.bigint();
  for (;;) {
    const page = await store.readAll({ fromPosition: from, limit: 10_000 });
    if (page.length === 0) break;
    read += page.length;
    from = page[page.length - 1].position + 1;
  }
  row(`readAll over ${read.toLocaleString('en-US')} events`, read / (Number(process.hrtime.bigint() - readStarted) / 1e9), 'events/s');

  let delivered = 0;
  const catchUpStarted = process.hrtime.bigint();
  const subscription = store.subscribeToAll({ batchSize: 10_000, onEvents: async (events) => void (delivered += events.length) });
  await subscription.caughtUp;
  const catchUpSeconds = Number(process.hrtime.bigint() - catchUpStarted) / 1e9;
  await subscription.stop();
  row(`subscription catch-up over ${delivered.toLocaleString('en-US')} events`, delivered / catchUpSeconds, 'events/s');
  row('peak RSS of the benchmark process', peakRssMiB(), 'MiB');

  await store.close();
  await db.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
