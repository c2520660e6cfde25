import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueues, JobWorkers } from '@app/queue';
import { DeadlineReconciler } from './deadlines/deadline-reconciler';
import { Dispatcher } from './dispatcher/dispatcher';
import { SEAL_SCHEDULE, SealScheduling } from './seals/seal-schedule.provider';
import { WindowDeadlineReconciler } from './window-deadlines/window-deadline-reconciler';

/**
 * Starts the workers, then the dispatcher that feeds them, then the deadline reconciler (its first
 * pass runs in the background: after a loss of Redis it re-creates every delayed deadline job);
 * stops in the reverse order, before the platform closes Redis, the pool and the event store: the
 * reconciler's page and the dispatcher's batch in flight finish, running jobs finish (a job cut
 * short would only run again elsewhere after its lock expires).
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @Inject(JobWorkers) private readonly workers: JobWorkers,
    @Inject(JobQueues) private readonly queues: JobQueues,
    @Inject(DeadlineReconciler) private readonly reconciler: DeadlineReconciler,
    @Inject(SEAL_SCHEDULE) private readonly seals: SealScheduling,
    @Inject(WindowDeadlineReconciler) private readonly windows: WindowDeadlineReconciler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.workers.start();
    await this.dispatcher.start();
    this.reconciler.start();
    this.windows.start();
    this.seals.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.seals.stop();
    await this.windows.stop();
    await this.reconciler.stop();
    await this.dispatcher.stop();
    await this.workers.close();
    await this.queues.close();
  }
}
