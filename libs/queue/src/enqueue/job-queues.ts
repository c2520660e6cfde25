import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { JobRequest, queueOf } from '../catalogue/job-catalogue';
import { jobOptions } from '../catalogue/job-options';
import { QUEUE_NAMES, QueueName } from '../catalogue/queue-names';
import { QueueSettings } from '../queue-settings';

/**
 * The producer side: one BullMQ queue per catalogue queue, on the shared Redis connection.
 * Adding a job whose id is already present (waiting, active, delayed, completed or failed and not
 * yet removed) changes nothing, which is what makes handing an event over twice harmless.
 */
export class JobQueues {
  private readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(
    connection: Redis,
    private readonly settings: QueueSettings,
    /** Delayed jobs are scheduled relative to this clock. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.queues = new Map(QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix: settings.prefix })]));
  }

  /** Adds the jobs, one round trip per queue; resolves once Redis holds every one of them. */
  async enqueue(requests: readonly JobRequest[]): Promise<void> {
    const now = this.now();
    const byQueue = new Map<QueueName, JobRequest[]>();
    for (const request of requests) {
      const queue = queueOf(request.name);
      const batch = byQueue.get(queue) ?? [];
      batch.push(request);
      byQueue.set(queue, batch);
    }
    await Promise.all(
      [...byQueue].map(([queue, batch]) =>
        this.queue(queue).addBulk(batch.map((request) => ({ name: request.name, data: request.data, opts: jobOptions(request, this.settings.retry[queue], now) }))),
      ),
    );
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
  }
}
