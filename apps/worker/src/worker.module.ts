import { Logger, Module } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';
import { DeadlineJobs, JobQueues, JobWorkers, WebhookQueries } from '@app/queue';
import { QueueModule } from '@app/queue/queue.module';
import { PG_POOL, REDIS, SETTINGS } from '@app/runtime/tokens';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { WorkflowModule } from '@app/workflow/workflow.module';
import { DeadlineReconciler } from './deadlines/deadline-reconciler';
import { DeadlineScheduler } from './deadlines/deadline-scheduler';
import { windowDeadlineProviders } from './window-deadlines/window-deadline.providers';
import { WindowDeadlineServices } from './window-deadlines/window-deadline-processors';
import { WINDOW_DEADLINE_SERVICES } from './window-deadlines/window-deadline.tokens';
import { sealScheduleProvider } from './seals/seal-schedule.provider';
import { Dispatcher } from './dispatcher/dispatcher';
import { workerProcessors } from './processors';
import { WORKER_CONFIG, WorkerConfig, workerConfigFrom, WorkerEnvironment } from './worker-config';
import { WorkerLifecycle } from './worker.lifecycle';

/**
 * The queue side: the dispatcher turning events into jobs, the workers running them, and the
 * reconciler re-creating deadline jobs from the events. SETTINGS, PG_POOL, REDIS and EVENT_STORE
 * come from the global platform module.
 */
@Module({
  imports: [WorkflowModule, QueueModule],
  providers: [
    { provide: WORKER_CONFIG, useFactory: (settings: WorkerEnvironment) => workerConfigFrom(settings), inject: [SETTINGS] },
    { provide: CheckpointStore, useFactory: (pool: Pool) => new CheckpointStore(pool), inject: [PG_POOL] },
    { provide: DeadlineQueries, useFactory: (pool: Pool) => new DeadlineQueries(pool), inject: [PG_POOL] },
    {
      provide: DeadlineScheduler,
      useFactory: (store: EventStore, rules: RuleBook, queues: JobQueues) =>
        new DeadlineScheduler({ store, policies: () => rules.deadlines, jobs: new DeadlineJobs(queues), log: new Logger('Deadlines') }),
      inject: [EVENT_STORE, RuleBook, JobQueues],
    },
    {
      provide: Dispatcher,
      useFactory: (store: EventStore, pool: Pool, checkpoints: CheckpointStore, queues: JobQueues, webhooks: WebhookQueries, deadlines: DeadlineScheduler) =>
        new Dispatcher({ store, pool, checkpoints, queues, webhooks, deadlines, log: new Logger('Dispatcher') }),
      inject: [EVENT_STORE, PG_POOL, CheckpointStore, JobQueues, WebhookQueries, DeadlineScheduler],
    },
    {
      provide: DeadlineReconciler,
      useFactory: (openSteps: DeadlineQueries, store: EventStore, scheduler: DeadlineScheduler, config: WorkerConfig) =>
        new DeadlineReconciler({ openSteps, store, scheduler, log: new Logger('Deadlines'), intervalMs: config.reconcileIntervalMs }),
      inject: [DeadlineQueries, EVENT_STORE, DeadlineScheduler, WORKER_CONFIG],
    },
    {
      provide: JobWorkers,
      useFactory: (redis: Redis, config: WorkerConfig, store: EventStore, rules: RuleBook, orgTree: OrgTreeReader, windowDeadlines: WindowDeadlineServices) =>
        new JobWorkers(
          redis,
          config.queues,
          workerProcessors({ store, rules, orgTree, signingKey: config.signingKey, webhookTimeoutMs: config.webhookTimeoutMs, webhookAllowPrivate: config.webhookAllowPrivate, windowDeadlines }),
          {},
          new Logger('Jobs'),
        ),
      inject: [REDIS, WORKER_CONFIG, EVENT_STORE, RuleBook, OrgTreeReader, WINDOW_DEADLINE_SERVICES],
    },
    ...windowDeadlineProviders,
    sealScheduleProvider,
    WorkerLifecycle,
  ],
})
export class WorkerModule {}
