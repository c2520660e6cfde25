import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueues, JobWorkers } from '@app/queue';
import { Dispatcher } from './dispatcher/dispatcher';

/**
 * Starts the workers, then the dispatcher that feeds them; stops in the reverse order, before the
 * platform closes Redis, the pool and the event store: the dispatcher's batch in flight commits,
 * running jobs finish (a job cut short would only run again elsewhere after its lock expires).
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @Inject(JobWorkers) private readonly workers: JobWorkers,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.workers.start();
    await this.dispatcher.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    await this.workers.close();
    await this.queues.close();
  }
}
