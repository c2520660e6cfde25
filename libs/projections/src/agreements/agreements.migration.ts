import { Migration } from '@app/database';

/**
 * Joint emulation agreements, one row each, listed by signatory. Like every read model it is filled
 * from the log: the `read-models` runner's tables are emptied and its checkpoint removed, so it
 * replays from position 0 at its next start (as in v4).
 */
export const agreementsMigration: Migration = {
  component: 'projections',
  version: 10,
  name: 'agreements read model',
  sql: `
CREATE TABLE IF NOT EXISTS agreements (
  agreement_id text PRIMARY KEY,
  title text NOT NULL,
  proposer_org_id text NOT NULL,
  signatories text[] NOT NULL,
  period_from text NOT NULL,
  period_to text NOT NULL,
  targets jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'in_force', 'cancelled')),
  signatures jsonb NOT NULL,
  proposed_at timestamptz NOT NULL,
  in_force_at timestamptz,
  cancelled_by text,
  cancel_reason text,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS agreements_signatories_idx ON agreements USING gin (signatories);
TRUNCATE org_units, dossiers, escalations, agreements;
DELETE FROM checkpoints WHERE name = 'read-models';
`,
};
