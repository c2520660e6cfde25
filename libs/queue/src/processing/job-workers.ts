import { DelayedError, Job, Worker } from 'bullmq';
import Redis from 'ioredis';
import { isJobName, JOB_CATALOGUE, JobName } from '../catalogue/job-catalogue';
import { QUEUE_NAMES, QueueName } from '../catalogue/queue-names';
import { QueueSettings } from '../queue-settings';
import { ReceivedJob } from './job-handler';
import { JobNotDue } from './job-not-due';
import { PermanentJobFailure } from './permanent-job-failure';
import { ProcessorRegistry } from './processor-registry';

export interface WorkerTuning {
  /** Jobs run at once per queue in this process (default 16 for advance, 10 for notify, 32 for deadline). */
  concurrency?: Partial<Record<QueueName, number>>;
  /**
   * How long a job stays locked to this process without a renewal. If the process dies, the job
   * goes back to waiting once the lock has expired and a stalled check has run (BullMQ default 30 s).
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface QueueLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Advance jobs of one dossier may run side by side safely (the command runner settles conflicts
 * through the expected revision); deliveries mostly wait on receivers, so more of them run at once.
 * A job spends most of its time waiting on PostgreSQL, and queries wait their turn in the pool
 * rather than holding a connection each, so more jobs in flight hide those round trips: with 4
 * advance jobs at once the hop after an approval queued up at 100 approvals a second, and 8
 * deadline jobs escalated a third fewer steps a second than 32 when thousands fall due together
 * (every step opened at 9:00).
 */
const DEFAULT_CONCURRENCY: Record<QueueName, number> = { advance: 16, notify: 10, deadline: 32 };

/**
 * The consumer side: one BullMQ worker per queue, each routing a job by name to its processor
 * after checking the payload against the catalogue. Refuses to start while any catalogue job
 * has no processor. `close` lets running jobs finish; a process that dies instead leaves them
 * locked until the lock expires, after which another worker runs them again.
 */
export class JobWorkers {
  private workers: Worker[] = [];

  constructor(
    private readonly connection: Redis,
    private readonly settings: QueueSettings,
    private readonly registry: ProcessorRegistry,
    private readonly tuning: WorkerTuning = {},
    private readonly log: QueueLog = console,
  ) {}

  start(): void {
    this.registry.assertComplete();
    if (this.workers.length > 0) return;
    this.workers = QUEUE_NAMES.map((queue) => this.worker(queue));
  }

  /** Resolves once every worker is connected and fetching. */
  async ready(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  async close(): Promise<void> {
    const closing = this.workers;
    this.workers = [];
    await Promise.all(closing.map((worker) => worker.close()));
  }

  private worker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job: Job, token?: string) => this.run(queue, job, token), {
      connection: this.connection,
      prefix: this.settings.prefix,
      concurrency: this.tuning.concurrency?.[queue] ?? DEFAULT_CONCURRENCY[queue],
      ...(this.tuning.lockDurationMs ? { lockDuration: this.tuning.lockDurationMs } : {}),
      ...(this.tuning.stalledIntervalMs ? { stalledInterval: this.tuning.stalledIntervalMs } : {}),
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const parked = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
      this.log.warn(`${queue} job ${job.id} ${parked ? 'parked' : 'will be retried'} after attempt ${job.attemptsMade}: ${error.message}`);
    });
    // Without a listener an 'error' event would crash the process; the worker reconnects by itself.
    worker.on('error', (error) => this.log.error(`${queue} worker: ${error.message}`));
    return worker;
  }

  private async run(queue: QueueName, job: Job, token: string | undefined): Promise<void> {
    if (!isJobName(job.name) || JOB_CATALOGUE[job.name].queue !== queue) {
      throw new PermanentJobFailure(`queue ${queue} has no job named ${job.name}`);
    }
    const name: JobName = job.name;
    const received = {
      id: String(job.id),
      name,
      data: JOB_CATALOGUE[name].parse(job.data),
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
    } as ReceivedJob;
    try {
      await this.registry.handlerFor(name)(received as never);
    } catch (error) {
      if (!(error instanceof JobNotDue)) throw error;
      // Back to the delayed set under the same id and lock token; DelayedError tells the worker
      // the job has been moved, so it neither completes nor fails it, and no attempt is used.
      await job.moveToDelayed(error.dueAt.getTime(), token);
      throw new DelayedError();
    }
  }
}
