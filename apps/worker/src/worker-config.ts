import { QueueEnvironment, QueueSettings, queueSettingsFrom } from '@app/queue';

/** What the worker reads from the settings; the optional ones default as below. */
export interface WorkerEnvironment extends QueueEnvironment {
  /** Server key every webhook's signing secret is derived from. */
  WEBHOOK_SIGNING_KEY: string;
  WEBHOOK_TIMEOUT_MS?: number;
  WEBHOOK_ALLOW_PRIVATE?: boolean;
  RECONCILE_INTERVAL_MS?: number;
}

export interface WorkerConfig {
  queues: QueueSettings;
  signingKey: string;
  /** How long a receiver has to answer a delivery before the attempt counts as failed. */
  webhookTimeoutMs: number;
  /** Whether a webhook may be delivered to a loopback, private or link-local address. */
  webhookAllowPrivate: boolean;
  /** Wait between two passes of the deadline reconciler. */
  reconcileIntervalMs: number;
}

export const WORKER_CONFIG = Symbol('WorkerConfig');

export function workerConfigFrom(env: WorkerEnvironment): WorkerConfig {
  return {
    queues: queueSettingsFrom(env),
    signingKey: env.WEBHOOK_SIGNING_KEY,
    webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS ?? 5000,
    webhookAllowPrivate: env.WEBHOOK_ALLOW_PRIVATE ?? true,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MS ?? 60_000,
  };
}
