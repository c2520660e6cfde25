import { Migration } from '@app/database';
import { replayReadModelsSql } from '../checkpoints/replay-read-models.sql';

/**
 * Movements (their definition, windows and what the window deadlines did) and implementation plans
 * (what each implements, its status, contents and criteria): the plan tree and the missing-plans
 * list are read from them. Like every read model they are filled from the log: the `read-models`
 * runner's tables are emptied and its checkpoint removed, so it replays from position 0 at its
 * next start (as in v4). The runner's tables are named one by one, each only if it exists, so this
 * step does not depend on which other read models were installed before it.
 */
export const movementsAndPlansMigration: Migration = {
  component: 'projections',
  version: 30,
  name: 'movements and plans read models',
  sql: `
CREATE TABLE IF NOT EXISTS movements (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  name text NOT NULL,
  ref text,
  implements_ref text NOT NULL,
  parent_movement_id text,
  period_from text NOT NULL,
  period_to text NOT NULL,
  status text NOT NULL CHECK (status IN ('launched', 'closed')),
  phases jsonb NOT NULL,
  contents jsonb NOT NULL,
  windows jsonb NOT NULL,
  windows_set_at jsonb NOT NULL,
  tracks jsonb NOT NULL,
  launched_at timestamptz NOT NULL,
  closed_at timestamptz,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS movements_parent_idx ON movements (parent_movement_id, id);
CREATE TABLE IF NOT EXISTS plans (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  title text NOT NULL,
  ref text,
  implements_ref text NOT NULL,
  movement_id text,
  parent_plan_ref text,
  status text NOT NULL CHECK (status IN ('draft', 'in_review', 'returned', 'approved', 'rejected', 'withdrawn')),
  first_submitted_at timestamptz,
  contents jsonb NOT NULL,
  criteria jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_org_idx ON plans (org_id, id);
CREATE INDEX IF NOT EXISTS plans_movement_idx ON plans (movement_id, id);
${replayReadModelsSql(['org_units', 'dossiers', 'escalations', 'agreements', 'result_dossiers', 'award_ledger', 'movements', 'plans'])}`,
};
