/**
 * A worker process for the crash test: the production processors and JobWorkers, except that the
 * advance processor stops dead mid-job so the test can kill the process at that moment — the first
 * job right after its effect (appended, not yet acknowledged), the second before its effect.
 */
import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { DEVELOPMENT_WEBHOOK_KEY } from '@app/config';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { JobWorkers, ProcessorRegistry, queueSettingsFrom } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { workerProcessors } from '../apps/worker/src/processors';

const env = process.env as Record<string, string>;
const never = new Promise<void>(() => undefined);
const report = (message: object) => process.send?.(message);

const config = { connectionString: env.TEST_DATABASE_URL, options: `-c search_path=${env.TEST_SCHEMA}` };
const pool = new Pool(config);
const store = new PostgresEventStore({ pool, connect: () => new Client(config), pollIntervalMs: 50 });
const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, enableOfflineQueue: false });
const real = workerProcessors({ store, rules: new RuleBook(), orgTree: new OrgTreeReader(store), signingKey: DEVELOPMENT_WEBHOOK_KEY, webhookTimeoutMs: 2000 });

let started = 0;
const registry = ProcessorRegistry.of({
  'advance-dossier': async (job) => {
    started += 1;
    if (started === 1) {
      await real.handlerFor('advance-dossier')(job);
      report({ stuck: 'after-effect', jobId: job.id });
    } else {
      report({ stuck: 'before-effect', jobId: job.id });
    }
    await never;
  },
  'deliver-webhook': real.handlerFor('deliver-webhook'),
  'fire-deadline': real.handlerFor('fire-deadline'),
  'fire-window-deadline': real.handlerFor('fire-window-deadline'),
  'schedule-window-deadlines': real.handlerFor('schedule-window-deadlines'),
});

const workers = new JobWorkers(redis, queueSettingsFrom({ QUEUE_PREFIX: env.QUEUE_PREFIX }), registry, {
  concurrency: { advance: 2 },
  lockDurationMs: 1000,
  stalledIntervalMs: 500,
});
workers.start();
void workers.ready().then(() => report({ ready: true }));
