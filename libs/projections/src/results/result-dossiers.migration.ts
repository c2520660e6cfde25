import { Migration } from '@app/database';

/**
 * Implementation plans and yearly reports with their criteria, values and evidence, marked when
 * finally approved: what summaries, rankings and agreement progress are computed from. Filled from
 * the log like every read model (tables emptied, checkpoint removed, as in v4).
 */
export const resultDossiersMigration: Migration = {
  component: 'projections',
  version: 11,
  name: 'result_dossiers read model',
  sql: `
CREATE TABLE IF NOT EXISTS result_dossiers (
  dossier_id text PRIMARY KEY,
  org_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('implementation_plan', 'yearly_report')),
  year integer,
  payload jsonb NOT NULL,
  approved_at text,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS result_dossiers_approved_idx ON result_dossiers (org_id, kind, year) WHERE approved_at IS NOT NULL;
TRUNCATE org_units, dossiers, escalations, agreements, result_dossiers;
DELETE FROM checkpoints WHERE name = 'read-models';
`,
};
