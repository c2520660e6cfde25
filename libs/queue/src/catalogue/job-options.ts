import { JobsOptions } from 'bullmq';
import { catalogueEntryOf, JobRequest } from './job-catalogue';

export interface RetryPolicy {
  /** Runs in all, the first included; after the last, the job is parked in the failed set. */
  attempts: number;
  /** First wait before a retry; it doubles with each further attempt. */
  backoffMs: number;
}

/**
 * The options a job is added with. A job with a `runAt` is delayed until then, counted from `now`
 * (a moment already past runs at once); its timestamp is `now` too, so BullMQ's schedule is
 * exactly `runAt` whatever time passed between reading the clock and adding the job.
 */
export function jobOptions(request: JobRequest, retry: RetryPolicy, now: Date = new Date()): JobsOptions {
  const entry = catalogueEntryOf(request);
  const runAt = entry.runAt?.(request.data);
  const delay = runAt === undefined ? 0 : Math.max(0, Date.parse(runAt) - now.getTime());
  return {
    jobId: entry.jobId(request.data),
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    ...(runAt === undefined ? {} : { delay, timestamp: now.getTime() }),
    removeOnComplete: entry.retention.removeOnComplete,
    removeOnFail: entry.retention.removeOnFail,
  };
}
