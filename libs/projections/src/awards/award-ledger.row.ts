import { TableSpec } from '../runner/row-table';

/**
 * What one entry of the award ledger records: a nomination (open, decided, withdrawn, revoked),
 * an award entered from an earlier decision, or a yearly result.
 */
export type LedgerEntryKind = 'nomination' | 'prior_award' | 'annual_result';

/** A nomination's status (as its decider names it); `held` for an earlier award, `recorded` for a yearly result. */
export type LedgerEntryStatus = 'nominated' | 'granted' | 'refused' | 'withdrawn' | 'revoked' | 'held' | 'recorded';

/**
 * One row per entry, keyed `nomination:<nominationId>`, `prior:<nomineeKey>:<achievementKey>` or
 * `result:<nomineeKey>:<year>`. Eligibility reads a nominee's rows (holdings, revocations, open
 * nominations, yearly results); nominee names are not kept here, only their keys. Instants are
 * ISO strings; `position` is the last event applied, so an event replayed onto a row that already
 * has it changes nothing.
 */
export interface AwardLedgerRow {
  entryId: string;
  entryKind: LedgerEntryKind;
  nomineeKey: string;
  nomineeKind: string;
  /** The nominee's organisation, when known. */
  orgId: string | null;
  nominationId: string | null;
  dossierId: string | null;
  form: string | null;
  achievementKey: string | null;
  /** The achievement's year, the earlier award's year, or the result's year. */
  year: number;
  status: LedgerEntryStatus;
  ruleSetVersion: string | null;
  /** When an ineligible nomination went ahead on a reviewer's written justification. */
  overriddenAt: string | null;
  rating: string | null;
  titles: string[] | null;
  /** The council's decision (granted nominations), the earlier decision, or the basis of a yearly result. */
  decisionRef: string | null;
  grantedAt: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  recordedAt: string;
  updatedAt: string;
  position: number;
}

export const nominationEntryId = (nominationId: string): string => `nomination:${nominationId}`;
export const priorAwardEntryId = (nomineeKey: string, achievementKey: string): string => `prior:${nomineeKey}:${achievementKey}`;
export const annualResultEntryId = (nomineeKey: string, year: number): string => `result:${nomineeKey}:${year}`;

export const AWARD_LEDGER_TABLE: TableSpec<AwardLedgerRow> = {
  table: 'award_ledger',
  key: 'entryId',
  columns: {
    entryId: { column: 'entry_id', type: 'text' },
    entryKind: { column: 'entry_kind', type: 'text' },
    nomineeKey: { column: 'nominee_key', type: 'text' },
    nomineeKind: { column: 'nominee_kind', type: 'text' },
    orgId: { column: 'org_id', type: 'text' },
    nominationId: { column: 'nomination_id', type: 'text' },
    dossierId: { column: 'dossier_id', type: 'text' },
    form: { column: 'form', type: 'text' },
    achievementKey: { column: 'achievement_key', type: 'text' },
    year: { column: 'year', type: 'integer' },
    status: { column: 'status', type: 'text' },
    ruleSetVersion: { column: 'rule_set_version', type: 'text' },
    overriddenAt: { column: 'overridden_at', type: 'timestamptz' },
    rating: { column: 'rating', type: 'text' },
    titles: { column: 'titles', type: 'text[]' },
    decisionRef: { column: 'decision_ref', type: 'text' },
    grantedAt: { column: 'granted_at', type: 'timestamptz' },
    revokedAt: { column: 'revoked_at', type: 'timestamptz' },
    revocationReason: { column: 'revocation_reason', type: 'text' },
    recordedAt: { column: 'recorded_at', type: 'timestamptz' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    position: { column: 'position', type: 'bigint' },
  },
};
