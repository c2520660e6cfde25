import { Pool, PoolClient } from 'pg';
import { DeadLetterRow, WebhookRow } from './webhook.row';

const WEBHOOK_COLUMNS = `id, org_id AS "orgId", url, event_types AS "eventTypes", status,
  to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "registeredAt",
  to_char(deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "deletedAt"`;

const DEAD_LETTER_COLUMNS = `id, webhook_id AS "webhookId", org_id AS "orgId", event_id AS "eventId", attempts,
  last_error AS "lastError", to_char(failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "failedAt"`;

/** Reads of the webhook read model, for the API and for the dispatcher's start-up. */
export class WebhookQueries {
  constructor(private readonly pool: Pool) {}

  /** Every active webhook; pass the dispatcher's transaction to read them as of its checkpoint. */
  async active(queryable: Pool | PoolClient = this.pool): Promise<WebhookRow[]> {
    const { rows } = await queryable.query<WebhookRow>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE status = 'active' ORDER BY position`);
    return rows;
  }

  async ofOrg(orgId: string): Promise<WebhookRow[]> {
    const { rows } = await this.pool.query<WebhookRow>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE org_id = $1 ORDER BY registered_at, id`, [
      orgId,
    ]);
    return rows;
  }

  async byId(webhookId: string): Promise<WebhookRow | null> {
    const { rows } = await this.pool.query<WebhookRow>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1`, [webhookId]);
    return rows[0] ?? null;
  }

  /** Deliveries given up on, newest first, for one webhook or one organisation. */
  async deadLetters(filter: { webhookId?: string; orgId?: string; limit?: number }): Promise<DeadLetterRow[]> {
    const limit = Math.max(1, Math.min(filter.limit ?? 100, 1000));
    const { rows } = await this.pool.query<DeadLetterRow>(
      `SELECT ${DEAD_LETTER_COLUMNS} FROM webhook_dead_letters
        WHERE ($1::text IS NULL OR webhook_id = $1) AND ($2::text IS NULL OR org_id = $2)
        ORDER BY position DESC LIMIT $3`,
      [filter.webhookId ?? null, filter.orgId ?? null, limit],
    );
    return rows;
  }
}
