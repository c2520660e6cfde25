import { JobQueues } from '../enqueue/job-queues';
import { QueueName } from '../catalogue/queue-names';

/** A job that used up its attempts or failed permanently: it stays in the failed set until retried or expired. */
export interface ParkedJob {
  queue: QueueName;
  jobId: string;
  name: string;
  data: unknown;
  attemptsMade: number;
  failedReason: string;
  /** ISO instant of the last failure. */
  failedAt: string | null;
}

/** The most recently parked jobs of every queue, newest first. */
export async function listParkedJobs(queues: JobQueues, options: { limit?: number } = {}): Promise<ParkedJob[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
  const perQueue = await Promise.all(
    queues.all().map(async (queue) => {
      const jobs = await queue.getFailed(0, limit - 1);
      return jobs.map(
        (job): ParkedJob => ({
          queue: queue.name as QueueName,
          jobId: String(job.id),
          name: job.name,
          data: job.data,
          attemptsMade: job.attemptsMade,
          failedReason: job.failedReason ?? '',
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        }),
      );
    }),
  );
  return perQueue
    .flat()
    .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''))
    .slice(0, limit);
}
