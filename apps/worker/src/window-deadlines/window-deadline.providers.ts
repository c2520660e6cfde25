import { Logger, Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { MovementPlanQueries } from '@app/projections/movements/movement-plans.queries';
import { JobQueues, WindowDeadlineJobs } from '@app/queue';
import { PG_POOL } from '@app/runtime/tokens';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { WindowDeadlineReconciler } from './window-deadline-reconciler';
import { WindowDeadlineScheduler } from './window-deadline-scheduler';
import { WindowDeadlineServices } from './window-deadline-processors';
import { WINDOW_DEADLINE_SERVICES } from './window-deadline.tokens';
import { WindowFacts } from './window-facts';

/** Submission-window deadlines in the worker: the facts they are decided from, the scheduler, the reconciler. */
export const windowDeadlineProviders: Provider[] = [
  {
    provide: WindowFacts,
    useFactory: (store: EventStore, pool: Pool, orgTree: OrgTreeReader) => new WindowFacts({ store, queries: new MovementPlanQueries(pool), orgTree }),
    inject: [EVENT_STORE, PG_POOL, OrgTreeReader],
  },
  {
    provide: WindowDeadlineScheduler,
    useFactory: (facts: WindowFacts, rules: RuleBook, queues: JobQueues) => new WindowDeadlineScheduler({ facts, rules, jobs: new WindowDeadlineJobs(queues) }),
    inject: [WindowFacts, RuleBook, JobQueues],
  },
  {
    provide: WINDOW_DEADLINE_SERVICES,
    useFactory: (facts: WindowFacts, scheduler: WindowDeadlineScheduler): WindowDeadlineServices => ({ facts, scheduler }),
    inject: [WindowFacts, WindowDeadlineScheduler],
  },
  {
    provide: WindowDeadlineReconciler,
    useFactory: (scheduler: WindowDeadlineScheduler, config: WorkerConfig) =>
      new WindowDeadlineReconciler({ scheduler, log: new Logger('WindowDeadlines'), intervalMs: config.reconcileIntervalMs }),
    inject: [WindowDeadlineScheduler, WORKER_CONFIG],
  },
];
