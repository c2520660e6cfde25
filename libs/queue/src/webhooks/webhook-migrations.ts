import { Migration } from '@app/database';

/**
 * The webhook read model. Both tables are written only by the dispatcher, in the transaction that
 * saves its checkpoint, so which webhooks it sees always matches how far it has read the log.
 */
const webhookTables: Migration = {
  component: 'webhooks',
  version: 1,
  name: 'webhooks and dead letters',
  sql: `
CREATE TABLE IF NOT EXISTS webhooks (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  url text NOT NULL,
  -- NULL: every dossier event that concerns the organisation.
  event_types text[],
  status text NOT NULL CHECK (status IN ('active', 'deleted')),
  registered_at timestamptz NOT NULL,
  deleted_at timestamptz,
  position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_by_org ON webhooks (org_id, registered_at);

CREATE TABLE IF NOT EXISTS webhook_dead_letters (
  -- The WebhookDeliveryFailed event's id.
  id uuid PRIMARY KEY,
  webhook_id text NOT NULL,
  org_id text NOT NULL,
  -- The event that could not be delivered.
  event_id uuid NOT NULL,
  attempts integer NOT NULL,
  last_error text NOT NULL,
  failed_at timestamptz NOT NULL,
  position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_dead_letters_by_webhook ON webhook_dead_letters (webhook_id, position DESC);
CREATE INDEX IF NOT EXISTS webhook_dead_letters_by_org ON webhook_dead_letters (org_id, position DESC);
`,
};

export const WEBHOOK_MIGRATIONS: readonly Migration[] = [webhookTables];
