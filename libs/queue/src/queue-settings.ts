import { QueueName } from './catalogue/queue-names';
import { RetryPolicy } from './catalogue/job-options';

export const QUEUE_SETTINGS = Symbol('QueueSettings');

export interface QueueSettings {
  /** Prefix of every queue key in Redis, so installations can share one Redis. */
  prefix: string;
  retry: Readonly<Record<QueueName, RetryPolicy>>;
}

/** The settings this library reads; all but the prefix are optional and default as below. */
export interface QueueEnvironment {
  QUEUE_PREFIX: string;
  JOB_ATTEMPTS?: number;
  JOB_BACKOFF_MS?: number;
  WEBHOOK_ATTEMPTS?: number;
  WEBHOOK_BACKOFF_MS?: number;
}

/**
 * Defaults: an advance or deadline job retries for about 4.5 hours (15 attempts from 1 s,
 * doubling), enough to ride out a database restart; a webhook delivery for about 4 hours
 * (10 attempts from 30 s), enough for a receiver's maintenance window, before its dead letter is
 * recorded. A deadline job parked after that is scheduled again by the reconciler while its
 * deadline is still pending in the events.
 */
export function queueSettingsFrom(env: QueueEnvironment): QueueSettings {
  return {
    prefix: env.QUEUE_PREFIX,
    retry: {
      advance: { attempts: env.JOB_ATTEMPTS ?? 15, backoffMs: env.JOB_BACKOFF_MS ?? 1000 },
      deadline: { attempts: env.JOB_ATTEMPTS ?? 15, backoffMs: env.JOB_BACKOFF_MS ?? 1000 },
      notify: { attempts: env.WEBHOOK_ATTEMPTS ?? 10, backoffMs: env.WEBHOOK_BACKOFF_MS ?? 30_000 },
    },
  };
}
