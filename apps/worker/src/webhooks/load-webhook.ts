import { fold } from '@app/domain';
import { Webhook, webhookDecider, WebhookEvent, webhookStream } from '@app/domain/webhooks';
import { EventStore } from '@app/event-store';

/** A webhook as its own stream says now (the source of truth, never a read model that may lag). */
export async function loadWebhook(store: EventStore, webhookId: string): Promise<Webhook> {
  const events = await store.readStream(webhookStream(webhookId));
  return fold(webhookDecider, events.map((event) => ({ type: event.type, data: event.data }) as WebhookEvent));
}
