import { Logger, Module } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { JobQueues, JobWorkers, WebhookQueries } from '@app/queue';
import { PG_POOL, REDIS, SETTINGS } from '@app/runtime/tokens';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { WorkflowModule } from '@app/workflow/workflow.module';
import { Dispatcher } from './dispatcher/dispatcher';
import { workerProcessors } from './processors';
import { WORKER_CONFIG, WorkerConfig, workerConfigFrom, WorkerEnvironment } from './worker-config';
import { WorkerLifecycle } from './worker.lifecycle';

/**
 * The queue side: the dispatcher turning events into jobs, and the workers running them.
 * SETTINGS, PG_POOL, REDIS and EVENT_STORE come from the global platform module.
 */
@Module({
  imports: [WorkflowModule],
  providers: [
    { provide: WORKER_CONFIG, useFactory: (settings: WorkerEnvironment) => workerConfigFrom(settings), inject: [SETTINGS] },
    { provide: JobQueues, useFactory: (redis: Redis, config: WorkerConfig) => new JobQueues(redis, config.queues), inject: [REDIS, WORKER_CONFIG] },
    { provide: CheckpointStore, useFactory: (pool: Pool) => new CheckpointStore(pool), inject: [PG_POOL] },
    { provide: WebhookQueries, useFactory: (pool: Pool) => new WebhookQueries(pool), inject: [PG_POOL] },
    {
      provide: Dispatcher,
      useFactory: (store: EventStore, pool: Pool, checkpoints: CheckpointStore, queues: JobQueues, webhooks: WebhookQueries) =>
        new Dispatcher({ store, pool, checkpoints, queues, webhooks, log: new Logger('Dispatcher') }),
      inject: [EVENT_STORE, PG_POOL, CheckpointStore, JobQueues, WebhookQueries],
    },
    {
      provide: JobWorkers,
      useFactory: (redis: Redis, config: WorkerConfig, store: EventStore, rules: RuleBook) =>
        new JobWorkers(
          redis,
          config.queues,
          workerProcessors({ store, rules, signingKey: config.signingKey, webhookTimeoutMs: config.webhookTimeoutMs }),
          {},
          new Logger('Jobs'),
        ),
      inject: [REDIS, WORKER_CONFIG, EVENT_STORE, RuleBook],
    },
    WorkerLifecycle,
  ],
  exports: [JobQueues, WebhookQueries],
})
export class WorkerModule {}
