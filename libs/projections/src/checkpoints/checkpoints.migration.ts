import { Migration } from '@app/database';

/**
 * One row per reader of the global log (a projection runner, the dispatcher, ...): the last
 * position it has fully handled. Writers save it in the same transaction as their effects, so a
 * crash can neither skip an event nor apply one twice.
 */
export const checkpointsMigration: Migration = {
  component: 'projections',
  version: 1,
  name: 'checkpoints',
  sql: `
CREATE TABLE IF NOT EXISTS checkpoints (
  name text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz
);
`,
};
