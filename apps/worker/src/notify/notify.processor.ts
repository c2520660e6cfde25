import { EventStore } from '@app/event-store';
import { isLastAttempt, JobHandler, PermanentJobFailure, webhookSecret } from '@app/queue';
import { loadWebhook } from '../webhooks/load-webhook';
import { deliveryBody } from './delivery-body';
import { postDelivery } from './post-delivery';
import { recordDeadLetter } from './record-dead-letter';

export interface NotifyDeps {
  store: EventStore;
  /** WEBHOOK_SIGNING_KEY: each webhook's secret is derived from it. */
  signingKey: string;
  timeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE; omitted, private destinations are allowed. */
  allowPrivate?: boolean;
  now?: () => Date;
}

export class WebhookNotDelivered extends Error {
  override readonly name = 'WebhookNotDelivered';
}

/**
 * Delivers one event to one webhook. A failed delivery is thrown so BullMQ retries it with
 * backoff; on the last attempt the dead letter is first appended to the webhook's stream, so it
 * is on record even if Redis is lost. A webhook deleted meanwhile gets nothing more.
 */
export function notifyProcessor(deps: NotifyDeps): JobHandler<'deliver-webhook'> {
  return async (job) => {
    const { eventId, stream, revision, webhookId } = job.data;
    const webhook = await loadWebhook(deps.store, webhookId);
    if (webhook.status === 'deleted') return;
    if (webhook.status === 'unregistered') throw new PermanentJobFailure(`webhook ${webhookId} is not registered`);
    const [event] = await deps.store.readStream(stream, { from: revision, to: revision });
    if (event?.id !== eventId) throw new PermanentJobFailure(`event ${eventId} is not at ${stream} revision ${revision}`);

    const now = deps.now?.() ?? new Date();
    const outcome = await postDelivery({
      url: webhook.url,
      id: eventId,
      secret: webhookSecret(deps.signingKey, webhookId),
      body: deliveryBody(event),
      timestamp: Math.floor(now.getTime() / 1000),
      timeoutMs: deps.timeoutMs,
      allowPrivate: deps.allowPrivate,
    });
    if (outcome.ok) return;
    if (isLastAttempt(job)) {
      await recordDeadLetter(deps.store, { jobId: job.id, webhookId, eventId, attempts: job.attempt, lastError: outcome.error }, now);
    }
    throw new WebhookNotDelivered(`${webhook.url}: ${outcome.error}`);
  };
}
