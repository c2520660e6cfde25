import { TableSpec } from '../runner/row-table';

/**
 * One escalation of a review step (`ReviewEscalated`), kept for good: metrics count them per
 * organisation, and a dossier's later steps or rounds never erase them. Instants are ISO strings.
 */
export interface EscalationRow {
  /** `<round>.<step>.<attempt>@<dossierId>`: the numbers come first, so the key is unambiguous whatever the dossier id. */
  id: string;
  dossierId: string;
  round: number;
  step: number;
  attempt: number;
  /** The step's own reviewer, whose review was escalated. */
  reviewerOrgId: string;
  /** The organisation that stayed silent: the reviewer, then the previous escalation's target. */
  fromOrgId: string;
  /** The organisation notified, which may decide in place of the reviewer. */
  toOrgId: string;
  escalatedAt: string;
  /** Global position of the event. */
  position: number;
}

export const escalationKey = (dossierId: string, round: number, step: number, attempt: number): string =>
  `${round}.${step}.${attempt}@${dossierId}`;

export const ESCALATIONS_TABLE: TableSpec<EscalationRow> = {
  table: 'escalations',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    dossierId: { column: 'dossier_id', type: 'text' },
    round: { column: 'round', type: 'integer' },
    step: { column: 'step', type: 'integer' },
    attempt: { column: 'attempt', type: 'integer' },
    reviewerOrgId: { column: 'reviewer_org_id', type: 'text' },
    fromOrgId: { column: 'from_org_id', type: 'text' },
    toOrgId: { column: 'to_org_id', type: 'text' },
    escalatedAt: { column: 'escalated_at', type: 'timestamptz' },
    position: { column: 'position', type: 'bigint' },
  },
};
