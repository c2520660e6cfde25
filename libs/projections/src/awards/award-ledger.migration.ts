import { Migration } from '@app/database';
import { replayReadModelsSql } from '../checkpoints/replay-read-models.sql';

/**
 * The award ledger (holdings, revocations, open nominations, yearly results) eligibility is
 * computed from. Filled from the log like every read model: the `read-models` runner's tables that
 * exist by now are emptied and its checkpoint removed, so it replays from position 0 at its next
 * start (as in v4). The ledger's own rows also skip events they already hold, so a later migration
 * that replays the log without emptying this table changes nothing in it.
 */
export const awardLedgerMigration: Migration = {
  component: 'projections',
  version: 20,
  name: 'award_ledger read model',
  sql: `
CREATE TABLE IF NOT EXISTS award_ledger (
  entry_id text PRIMARY KEY,
  entry_kind text NOT NULL CHECK (entry_kind IN ('nomination', 'prior_award', 'annual_result')),
  nominee_key text NOT NULL,
  nominee_kind text NOT NULL,
  org_id text,
  nomination_id text,
  dossier_id text,
  form text,
  achievement_key text,
  year integer NOT NULL,
  status text NOT NULL CHECK (status IN ('nominated', 'granted', 'refused', 'withdrawn', 'revoked', 'held', 'recorded')),
  rule_set_version text,
  overridden_at timestamptz,
  rating text,
  titles text[],
  decision_ref text,
  granted_at timestamptz,
  revoked_at timestamptz,
  revocation_reason text,
  recorded_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  position bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS award_ledger_nominee_idx ON award_ledger (nominee_key, entry_kind, year);
${replayReadModelsSql(['org_units', 'dossiers', 'escalations', 'agreements', 'result_dossiers', 'movements', 'plans', 'award_ledger'])}`,
};
