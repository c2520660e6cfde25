import { WebhookEvent } from './webhook.events';
import { Webhook } from './webhook.state';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveWebhook(state: Webhook, event: WebhookEvent): Webhook {
  const { type, data } = event;
  switch (type) {
    case 'WebhookRegistered': {
      if (state.status !== 'unregistered') return state;
      const { webhookId, orgId, url, eventTypes } = data;
      return { status: 'active', webhookId, orgId, url, ...(eventTypes ? { eventTypes } : {}), deadLetters: 0 };
    }
    case 'WebhookDeleted':
      return state.status === 'active' ? { ...state, status: 'deleted' } : state;
    case 'WebhookDeliveryFailed':
      return state.status === 'unregistered' ? state : { ...state, deadLetters: state.deadLetters + 1 };
    default:
      (type) satisfies never;
      return state;
  }
}
