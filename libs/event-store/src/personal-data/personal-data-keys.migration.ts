import { Migration } from '@app/database';

/**
 * One row per person: their data key wrapped with the master key (which is not in the database),
 * or, once erased, a tombstone with no key. Destroying a key is an UPDATE of its own row, never a
 * change to an event, so the hash chains and the seals are untouched.
 */
export const personalDataKeysSchema: Migration = {
  component: 'personal-data',
  version: 1,
  name: 'per-person data keys',
  sql: `
CREATE TABLE IF NOT EXISTS personal_data_keys (
  subject text PRIMARY KEY,
  wrapped_key bytea,
  master_key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  erased_at timestamptz,
  CONSTRAINT personal_data_keys_held_or_erased CHECK (
    (wrapped_key IS NOT NULL AND master_key_id IS NOT NULL AND erased_at IS NULL)
    OR (wrapped_key IS NULL AND master_key_id IS NULL AND erased_at IS NOT NULL))
);
`,
};

export const PERSONAL_DATA_MIGRATIONS: readonly Migration[] = [personalDataKeysSchema];
