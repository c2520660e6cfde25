/** How long BullMQ keeps a finished job (seconds and number of jobs, whichever limit comes first). */
export interface JobRetention {
  removeOnComplete: true | { age: number; count: number };
  removeOnFail: { age: number; count: number };
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

export const KEEP_FINISHED_FOR_DEDUPLICATION: JobRetention = { removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };

/**
 * For jobs whose de-duplication is the domain's, not Redis's: a deadline job acts only while its
 * deadline is pending in the events, so a kept id would protect nothing. It would only stand in
 * the way: the same deadline must be scheduled again under the same id after a hold is released
 * (its job ran, found the clock stopped and did nothing). Removed at once, a completed job frees
 * its id and its memory (100,000 open steps mean 200,000 jobs a day).
 */
export const KEEP_ONLY_FAILED: JobRetention = { removeOnComplete: true, removeOnFail: KEEP_FAILED };
