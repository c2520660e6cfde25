import Redis from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { DEFAULT_RULE_SETS, millisecondRuleSet } from '@app/domain';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { READ_MODELS } from '@app/projections/read-models';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { DeadlineJobs, JobQueues, JobWorkers, queueSettingsFrom, WEBHOOK_MIGRATIONS, WebhookQueries } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { DeadlineReconciler } from '../../apps/worker/src/deadlines/deadline-reconciler';
import { DeadlineScheduler } from '../../apps/worker/src/deadlines/deadline-scheduler';
import { Dispatcher, DISPATCHER_CHECKPOINT } from '../../apps/worker/src/dispatcher/dispatcher';
import { workerProcessors } from '../../apps/worker/src/processors';
import { benchSchema } from '../support/bench-database';
import { peakRssMiB, row } from '../support/figures';
import { escalationFigures } from './lateness';
import { seedOpenSteps } from './open-steps.seed';
import { registerOrgChart } from './org-chart';

/**
 * Deadline figures on this machine: BENCH_STEPS open steps (yearly reports waiting at their
 * ministry, reminders already sent) fall due over BENCH_SPREAD_MS, from BENCH_LEAD_MS after the
 * start; the deadline worker escalates each to the Central Council. Prints how long the reconciler
 * takes to build every delayed job on an empty Redis, Redis memory, how late the escalations were
 * recorded, duplicates, and the process RSS. Read models, dispatcher and workers run in this one
 * process, as `npm start` runs them. Asserts nothing.
 *
 * BENCH_DATABASE_URL: PostgreSQL for a throw-away schema (default: the local test database).
 * BENCH_REDIS_URL: a Redis logical database the bench empties (FLUSHDB), by default db 15.
 * BENCH_CONCURRENCY: deadline jobs run at once (default: the worker's).
 */
const STEPS = Number(process.env.BENCH_STEPS ?? 100_000);
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 60_000);
/** Time for seeding, the read model and the reconciler's pass before the first step falls due (about 3.5 ms a step on 2 busy cores). */
const LEAD_MS = Number(process.env.BENCH_LEAD_MS ?? 60_000 + STEPS * 4);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
/** Deadline jobs run at once (the worker's default when unset). */
const CONCURRENCY = process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined;
const VERSION = 'bench-ms';

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
}

async function main(): Promise<void> {
  const db = await benchSchema(40);
  await runMigrations(db.pool, [...EVENT_STORE_MIGRATIONS, ...PROJECTION_MIGRATIONS, ...WEBHOOK_MIGRATIONS]);
  const store = new PostgresEventStore({ pool: db.pool, connect: () => new Client(db.config) });
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null, enableOfflineQueue: false });
  await new Promise((resolve) => redis.once('ready', resolve));
  await redis.flushdb();
  const rules = new RuleBook([
    ...DEFAULT_RULE_SETS,
    millisecondRuleSet(DEFAULT_RULE_SETS[DEFAULT_RULE_SETS.length - 1], { version: VERSION, effectiveFrom: '2020-01-01', stepMs: 3_600_000, reminderLeadMs: 1_800_000, escalationGraceMs: 60_000 }),
  ]);
  const settings = queueSettingsFrom({ QUEUE_PREFIX: 'bench' });
  const queues = new JobQueues(redis, settings);
  const checkpoints = new CheckpointStore(db.pool);
  const log = { log: () => undefined, warn: (message: string) => console.warn(message), error: (message: string) => console.error(message) };
  console.log(`deadline benchmark: ${STEPS.toLocaleString('en-US')} open steps falling due over ${seconds(SPREAD_MS)} s, starting ${seconds(LEAD_MS)} s from now; deadline concurrency ${CONCURRENCY ?? 'default'}`);

  const start = Date.now();
  const firstDue = start + LEAD_MS;
  await registerOrgChart(store, new Date(start - 3_600_000));
  await seedOpenSteps(store, {
    count: STEPS,
    ruleSet: rules.version(VERSION),
    submittedAt: new Date(start - 3_600_000),
    dueAt: (index) => new Date(firstDue + Math.floor((index * SPREAD_MS) / STEPS)),
    reminded: rules.deadlines,
  });
  row('seeding the open steps (4 events each, 16 writers)', seconds(Date.now() - start), 's');

  // Under a name of its own: the runner's lock is database-wide.
  const readModelsCheckpoint = `read-models-bench-${start}`;
  const readModels = new ProjectionRunner({ name: readModelsCheckpoint, projections: READ_MODELS.map((m) => m.on(m.table)), store, pool: db.pool, checkpoints, onError: (error) => log.error(String(error)) });
  const projected = Date.now();
  await readModels.start();
  await readModels.waitFor(await store.headPosition(), { timeoutMs: 3_600_000 });
  row('read model catch-up', seconds(Date.now() - projected), 's');

  const scheduler = new DeadlineScheduler({ store, policies: () => rules.deadlines, jobs: new DeadlineJobs(queues), log });
  const reconciler = new DeadlineReconciler({ openSteps: new DeadlineQueries(db.pool, readModelsCheckpoint), store, scheduler, log, intervalMs: 60_000 });
  // Redis was emptied at the start: this pass is the rebuild a restart after FLUSHALL runs.
  const memoryBefore = await usedMemory(redis);
  const rebuilt = await reconciler.runOnce();
  const memoryAfter = await usedMemory(redis);
  row(`reconciler rebuild on an empty Redis (${rebuilt.recreated.toLocaleString('en-US')} jobs)`, seconds(rebuilt.durationMs), `s for ${rebuilt.checked.toLocaleString('en-US')} steps`);
  row('  steps derived from the read model / dossier streams read', `${rebuilt.fromReadModel.toLocaleString('en-US')} / ${rebuilt.streamsRead.toLocaleString('en-US')}`);
  row('Redis used_memory with every escalation delayed', ((memoryAfter - memoryBefore) / 1024 / 1024).toFixed(1), `MiB more (${Math.round((memoryAfter - memoryBefore) / STEPS)} bytes per job)`);
  const margin = firstDue - Date.now();
  row('setup done, before the first due date', seconds(margin), margin < 0 ? 's: too late, raise BENCH_LEAD_MS' : 's');

  // The dispatcher from the head of the log: the steps' own events were dispatched long ago.
  await checkpoints.save(db.pool, DISPATCHER_CHECKPOINT, await store.headPosition());
  const dispatcher = new Dispatcher({ store, pool: db.pool, checkpoints, queues, deadlines: scheduler, webhooks: new WebhookQueries(db.pool), log });
  await dispatcher.start();
  const workers = new JobWorkers(redis, settings, workerProcessors({ store, rules, orgTree: new OrgTreeReader(store), signingKey: 'bench-signing-key-0123456789', webhookTimeoutMs: 5000 }), { concurrency: { deadline: CONCURRENCY } }, log);
  workers.start();
  await workers.ready();

  const fired = async () => Number((await db.pool.query(`SELECT count(*) AS n FROM es_events WHERE type IN ('ReviewEscalated', 'ReviewOverdue')`)).rows[0].n);
  while ((await fired()) < STEPS) await new Promise((resolve) => setTimeout(resolve, 1000));
  const lastDue = firstDue + SPREAD_MS;
  row('all escalations recorded, after the last due date', seconds(Date.now() - lastDue), 's');
  const rssMiB = process.memoryUsage().rss / 1024 / 1024;

  const figures = await escalationFigures(db.pool, rules.deadlines);
  row('escalations recorded', figures.escalations);
  row('duplicates', figures.duplicates);
  row('lateness p50 (recorded minus due)', figures.lateness.p50, 'ms');
  row('lateness p99', figures.lateness.p99, 'ms');
  row('lateness max', figures.lateness.max, 'ms');
  row('lateness min (negative: fired early)', figures.lateness.min, 'ms');
  row('process RSS at the end / peak', `${Math.round(rssMiB)} / ${peakRssMiB()}`, 'MiB');

  await workers.close();
  await dispatcher.stop();
  await readModels.stop();
  await queues.close();
  await redis.flushdb();
  redis.disconnect();
  await store.close();
  await db.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
