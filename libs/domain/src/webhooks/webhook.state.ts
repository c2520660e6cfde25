interface WebhookFacts {
  webhookId: string;
  orgId: string;
  url: string;
  /** Omitted: every event that concerns the organisation. */
  eventTypes?: string[];
  /** Deliveries given up on so far. */
  deadLetters: number;
}

export type UnregisteredWebhook = { status: 'unregistered' };
export type ActiveWebhook = { status: 'active' } & WebhookFacts;
export type DeletedWebhook = { status: 'deleted' } & WebhookFacts;

export type Webhook = UnregisteredWebhook | ActiveWebhook | DeletedWebhook;

export const initialWebhookState = (): Webhook => ({ status: 'unregistered' });

export const webhookStream = (webhookId: string): string => `webhook-${webhookId}`;
