import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';

export type WebhookRegistered = Event<
  'WebhookRegistered',
  { webhookId: string; orgId: string; url: string; eventTypes?: string[] } & Stamp
>;

export type WebhookDeleted = Event<'WebhookDeleted', { webhookId: string; orgId: string } & Stamp>;

/**
 * A delivery that failed every attempt. Recorded as an event, not only kept in Redis, so the dead
 * letter survives the loss of the queue and can be listed and redelivered from the log.
 */
export type WebhookDeliveryFailed = Event<
  'WebhookDeliveryFailed',
  { webhookId: string; orgId: string; eventId: string; attempts: number; lastError: string } & Stamp
>;

export type WebhookEvent = WebhookRegistered | WebhookDeleted | WebhookDeliveryFailed;

export const WEBHOOK_EVENT_TYPES: readonly WebhookEvent['type'][] = ['WebhookRegistered', 'WebhookDeleted', 'WebhookDeliveryFailed'];
