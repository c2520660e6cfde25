import { Migration } from '@app/database';

/**
 * One row per dossier, as lists, inboxes and dashboards need it. `status` is the public life-cycle
 * status; `stage` keeps the decider's finer one (a step just approved and waiting for the next to
 * open is `in_review` with stage `step_approved`), so the inbox shows only steps that are open.
 */
export const dossiersMigration: Migration = {
  component: 'projections',
  version: 3,
  name: 'dossiers read model',
  sql: `
CREATE TABLE IF NOT EXISTS dossiers (
  id text PRIMARY KEY,
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'in_review', 'returned', 'rejected', 'withdrawn', 'approved')),
  stage text NOT NULL,
  owner_org_id text NOT NULL,
  title text,
  summary text,
  round integer NOT NULL,
  current_step integer,
  current_reviewer_org_id text,
  current_level text,
  due_at timestamptz,
  route jsonb,
  reason text,
  created_by text NOT NULL,
  submitted_by text,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_updated_idx ON dossiers (updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS dossiers_created_idx ON dossiers (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS dossiers_owner_idx ON dossiers (owner_org_id, updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS dossiers_reviewer_idx ON dossiers (current_reviewer_org_id, updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS dossiers_open_step_idx ON dossiers (current_reviewer_org_id, due_at, id) WHERE stage = 'in_review';
`,
};
