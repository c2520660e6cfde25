import { Migration } from '@app/database';

/** The organisation hierarchy as it stands now; history lives in the `org-<id>` streams. */
export const orgUnitsMigration: Migration = {
  component: 'projections',
  version: 2,
  name: 'org_units read model',
  sql: `
CREATE TABLE IF NOT EXISTS org_units (
  id text PRIMARY KEY,
  name text NOT NULL,
  level text NOT NULL,
  parent_id text,
  status text NOT NULL CHECK (status IN ('active', 'retired')),
  registered_at timestamptz NOT NULL,
  retired_at timestamptz,
  updated_at timestamptz NOT NULL,
  last_position bigint NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS org_units_parent_idx ON org_units (parent_id);
`,
};
