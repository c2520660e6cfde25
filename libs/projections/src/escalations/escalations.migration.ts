import { Migration } from '@app/database';

/**
 * The escalation log (one row per `ReviewEscalated`), from which metrics count escalations per
 * organisation and level. Like every read model it is filled from the log, so the `read-models`
 * runner replays from position 0 (its tables emptied and its checkpoint removed, as in v4).
 */
export const escalationsMigration: Migration = {
  component: 'projections',
  version: 5,
  name: 'escalations read model',
  sql: `
CREATE TABLE IF NOT EXISTS escalations (
  id text PRIMARY KEY,
  dossier_id text NOT NULL,
  round integer NOT NULL,
  step integer NOT NULL,
  attempt integer NOT NULL,
  reviewer_org_id text NOT NULL,
  from_org_id text NOT NULL,
  to_org_id text NOT NULL,
  escalated_at timestamptz NOT NULL,
  position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS escalations_dossier_idx ON escalations (dossier_id, round, step, attempt);
TRUNCATE org_units, dossiers, escalations;
DELETE FROM checkpoints WHERE name = 'read-models';
`,
};
