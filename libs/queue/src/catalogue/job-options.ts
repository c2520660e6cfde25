import { JobsOptions } from 'bullmq';
import { jobIdOf, JobRequest } from './job-catalogue';

export interface RetryPolicy {
  /** Runs in all, the first included; after the last, the job is parked in the failed set. */
  attempts: number;
  /** First wait before a retry; it doubles with each further attempt. */
  backoffMs: number;
}

const DAY_S = 24 * 60 * 60;

/**
 * A finished job is kept for a while because its id is what makes a second add a no-op: once it
 * is removed, the same event handed over again would run again. Three days covers any restart
 * or replay of the dispatcher's last batches; the count bounds Redis memory under load.
 */
export const KEEP_COMPLETED = { age: 3 * DAY_S, count: 50_000 };

/** Parked jobs stay long enough for an operator to see and retry them. */
export const KEEP_FAILED = { age: 30 * DAY_S, count: 10_000 };

export function jobOptions(request: JobRequest, retry: RetryPolicy): JobsOptions {
  return {
    jobId: jobIdOf(request),
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}
