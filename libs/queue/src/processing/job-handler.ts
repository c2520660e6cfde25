import { JobData, JobName } from '../catalogue/job-catalogue';

/** What a processor sees of a job: its checked payload and where it stands in its attempts. */
export interface ReceivedJob<N extends JobName = JobName> {
  id: string;
  name: N;
  data: JobData<N>;
  /** 1 for the first run. */
  attempt: number;
  maxAttempts: number;
}

/**
 * Runs one job. Resolving completes it; throwing retries it with backoff, except for a
 * PermanentJobFailure, which parks it at once.
 */
export type JobHandler<N extends JobName = JobName> = (job: ReceivedJob<N>) => Promise<void>;

export type JobHandlers = { [N in JobName]: JobHandler<N> };

export const isLastAttempt = (job: ReceivedJob): boolean => job.attempt >= job.maxAttempts;
