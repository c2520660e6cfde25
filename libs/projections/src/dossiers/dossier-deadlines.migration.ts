import { Migration } from '@app/database';

/**
 * What councils see of a step's deadline: the rule-set version, the reminder, the escalations, a
 * recorded overdue, and a hold (status `on_hold`, whose clock is stopped).
 *
 * The new partial indexes serve the deadline queries: open steps by due date (overdue, upcoming),
 * by organisations escalated to, and by id (the reconciler's keyset pages).
 *
 * Existing rows cannot be filled in by SQL (the values live in the events), so the read models of
 * the `read-models` runner are emptied and its checkpoint removed: the runner replays the log from
 * position 0 at its next start, exactly as `ProjectionRunner.rebuild` would. The SQL is written
 * out here rather than shared, because an applied migration's text must never change.
 */
export const dossierDeadlinesMigration: Migration = {
  component: 'projections',
  version: 4,
  name: 'dossiers deadline columns',
  sql: `
ALTER TABLE dossiers DROP CONSTRAINT IF EXISTS dossiers_status_check;
ALTER TABLE dossiers ADD CONSTRAINT dossiers_status_check
  CHECK (status IN ('draft', 'in_review', 'on_hold', 'returned', 'rejected', 'withdrawn', 'approved'));
ALTER TABLE dossiers
  ADD COLUMN IF NOT EXISTS rule_set_version text,
  ADD COLUMN IF NOT EXISTS reminded_at timestamptz,
  ADD COLUMN IF NOT EXISTS escalation_attempts integer NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS escalated_to text[] NOT NULL DEFAULT '{}',
  ADD COLUMN IF NOT EXISTS overdue_recorded_at timestamptz,
  ADD COLUMN IF NOT EXISTS held_since timestamptz,
  ADD COLUMN IF NOT EXISTS hold_reason text;
CREATE INDEX IF NOT EXISTS dossiers_open_due_idx ON dossiers (due_at, id) WHERE stage = 'in_review';
CREATE INDEX IF NOT EXISTS dossiers_open_escalated_idx ON dossiers USING gin (escalated_to) WHERE stage = 'in_review';
CREATE INDEX IF NOT EXISTS dossiers_open_id_idx ON dossiers (id) WHERE stage = 'in_review';
TRUNCATE org_units, dossiers;
DELETE FROM checkpoints WHERE name = 'read-models';
`,
};
