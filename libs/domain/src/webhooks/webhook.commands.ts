import { Command } from '../decider/decider';

/**
 * `eventTypes` narrows which dossier events are delivered; omitted, every event that concerns the
 * organisation is. The signing secret is never part of a command or event: it is derived from
 * the webhook id and a server key, so the log holds nothing a reader could use to forge deliveries.
 */
export type RegisterWebhook = Command<
  'RegisterWebhook',
  { webhookId: string; orgId: string; url: string; eventTypes?: string[]; comment?: string }
>;

export type DeleteWebhook = Command<'DeleteWebhook', { webhookId: string; comment?: string }>;

/** Sent by the notify worker when a delivery has used up its attempts: the dead letter. */
export type RecordDeliveryFailure = Command<
  'RecordDeliveryFailure',
  { webhookId: string; eventId: string; attempts: number; lastError: string }
>;

export type WebhookCommand = RegisterWebhook | DeleteWebhook | RecordDeliveryFailure;
