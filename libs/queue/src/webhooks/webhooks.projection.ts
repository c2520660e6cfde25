import { Pool, PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';
import { WEBHOOK_EVENT_TYPES, WebhookEvent } from '@app/domain/webhooks';

/**
 * Applies webhook events to the read model. Idempotent (a replayed event changes nothing), so a
 * batch that is handed over again after a crash is harmless. Webhook events are rare: the batch
 * is scanned once and most batches cost no query at all.
 */
export const webhooksProjection = {
  name: 'webhooks',

  async apply(events: readonly RecordedEvent[], tx: Pool | PoolClient): Promise<void> {
    for (const recorded of events) {
      if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(recorded.type)) continue;
      const event = { type: recorded.type, data: recorded.data } as WebhookEvent;
      await applyOne(event, recorded, tx);
    }
  },

  async reset(tx: Pool | PoolClient): Promise<void> {
    await tx.query('TRUNCATE webhooks, webhook_dead_letters');
  },
};

async function applyOne(event: WebhookEvent, recorded: RecordedEvent, tx: Pool | PoolClient): Promise<void> {
  switch (event.type) {
    case 'WebhookRegistered': {
      const { webhookId, orgId, url, eventTypes, at } = event.data;
      await tx.query(
        `INSERT INTO webhooks (id, org_id, url, event_types, status, registered_at, position)
         VALUES ($1, $2, $3, $4, 'active', $5, $6) ON CONFLICT (id) DO NOTHING`,
        [webhookId, orgId, url, eventTypes ?? null, at, recorded.position],
      );
      return;
    }
    case 'WebhookDeleted':
      await tx.query(`UPDATE webhooks SET status = 'deleted', deleted_at = $2, position = $3 WHERE id = $1 AND status = 'active'`, [
        event.data.webhookId,
        event.data.at,
        recorded.position,
      ]);
      return;
    case 'WebhookDeliveryFailed': {
      const { webhookId, orgId, eventId, attempts, lastError, at } = event.data;
      await tx.query(
        `INSERT INTO webhook_dead_letters (id, webhook_id, org_id, event_id, attempts, last_error, failed_at, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [recorded.id, webhookId, orgId, eventId, attempts, lastError, at, recorded.position],
      );
      return;
    }
    default:
      event satisfies never;
  }
}
