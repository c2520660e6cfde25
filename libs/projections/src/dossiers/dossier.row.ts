import { DossierKind, HoldReason, OrgLevel, RouteStep } from '@app/domain';
import { TableSpec } from '../runner/row-table';
import { DossierListStatus, DossierStage } from './dossier-status';

/**
 * One dossier as the read side shows it. Instants are ISO strings.
 *
 * The `current*` fields name the step the current round is at: open (stage `in_review`), just
 * approved (`step_approved`), the step that returned or rejected it, the deciding step once
 * approved, or where it stood when withdrawn. `dueAt` is set only while a step is open; while it
 * is on hold it keeps the due date that stopped (the release sets a new one), and every deadline
 * query looks at stage `in_review` only.
 *
 * The deadline fields (`remindedAt` … `overdueRecordedAt`) describe that same step: they are reset
 * when a new step opens (or a new round is submitted) and kept once it is decided. `heldSince` and
 * `holdReason` are set exactly while the stage is `on_hold`.
 */
export interface DossierRow {
  id: string;
  kind: DossierKind;
  status: DossierListStatus;
  stage: DossierStage;
  ownerOrgId: string;
  title: string | null;
  summary: string | null;
  /** Submissions so far (0 while a first draft). */
  round: number;
  currentStep: number | null;
  currentReviewerOrgId: string | null;
  currentLevel: OrgLevel | null;
  dueAt: string | null;
  /** The route recorded at the latest submission. */
  route: RouteStep[] | null;
  /** Why it was last returned, rejected or withdrawn; cleared on resubmission. */
  reason: string | null;
  /** The rule-set version the dossier runs under (from its submission, or an administrator's migration). */
  ruleSetVersion: string | null;
  /** When the step's reviewer was reminded of its due date. */
  remindedAt: string | null;
  /** Escalations of the step so far (the attempt number of the last one; 0 when none). */
  escalationAttempts: number;
  /** Organisations the step was escalated to, in order; each may decide in place of the reviewer. */
  escalatedTo: string[];
  /** When an escalation fell due with nobody left above (`ReviewOverdue`): administrators must step in. */
  overdueRecordedAt: string | null;
  heldSince: string | null;
  holdReason: HoldReason | null;
  createdBy: string;
  submittedBy: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  lastPosition: number;
  /** Revision of the `dossier-<id>` stream after the last event applied. */
  revision: number;
}

export const DOSSIERS_TABLE: TableSpec<DossierRow> = {
  table: 'dossiers',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    kind: { column: 'kind', type: 'text' },
    status: { column: 'status', type: 'text' },
    stage: { column: 'stage', type: 'text' },
    ownerOrgId: { column: 'owner_org_id', type: 'text' },
    title: { column: 'title', type: 'text' },
    summary: { column: 'summary', type: 'text' },
    round: { column: 'round', type: 'integer' },
    currentStep: { column: 'current_step', type: 'integer' },
    currentReviewerOrgId: { column: 'current_reviewer_org_id', type: 'text' },
    currentLevel: { column: 'current_level', type: 'text' },
    dueAt: { column: 'due_at', type: 'timestamptz' },
    route: { column: 'route', type: 'jsonb' },
    reason: { column: 'reason', type: 'text' },
    ruleSetVersion: { column: 'rule_set_version', type: 'text' },
    remindedAt: { column: 'reminded_at', type: 'timestamptz' },
    escalationAttempts: { column: 'escalation_attempts', type: 'integer' },
    escalatedTo: { column: 'escalated_to', type: 'text[]' },
    overdueRecordedAt: { column: 'overdue_recorded_at', type: 'timestamptz' },
    heldSince: { column: 'held_since', type: 'timestamptz' },
    holdReason: { column: 'hold_reason', type: 'text' },
    createdBy: { column: 'created_by', type: 'text' },
    submittedBy: { column: 'submitted_by', type: 'text' },
    submittedAt: { column: 'submitted_at', type: 'timestamptz' },
    createdAt: { column: 'created_at', type: 'timestamptz' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
    revision: { column: 'revision', type: 'integer' },
  },
};
