import { DossierKind, OrgLevel } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/** An open review step as the deadline queries show it: the step, its due date and what its deadline did. */
export interface DeadlineStep {
  dossierId: string;
  kind: DossierKind;
  ownerOrgId: string;
  title: string | null;
  round: number;
  step: number;
  reviewerOrgId: string;
  level: OrgLevel;
  dueAt: string;
  ruleSetVersion: string | null;
  remindedAt: string | null;
  escalationAttempts: number;
  escalatedTo: string[];
  overdueRecordedAt: string | null;
}

/**
 * The columns of `dossiers` a deadline step is read from. Only rows at stage `in_review` are read
 * this way, where the step, its reviewer, level and due date are always set.
 */
export const DEADLINE_STEP_COLUMNS: TableSpec<DeadlineStep> = {
  table: 'dossiers',
  key: 'dossierId',
  columns: {
    dossierId: { column: 'id', type: 'text' },
    kind: { column: 'kind', type: 'text' },
    ownerOrgId: { column: 'owner_org_id', type: 'text' },
    title: { column: 'title', type: 'text' },
    round: { column: 'round', type: 'integer' },
    step: { column: 'current_step', type: 'integer' },
    reviewerOrgId: { column: 'current_reviewer_org_id', type: 'text' },
    level: { column: 'current_level', type: 'text' },
    dueAt: { column: 'due_at', type: 'timestamptz' },
    ruleSetVersion: { column: 'rule_set_version', type: 'text' },
    remindedAt: { column: 'reminded_at', type: 'timestamptz' },
    escalationAttempts: { column: 'escalation_attempts', type: 'integer' },
    escalatedTo: { column: 'escalated_to', type: 'text[]' },
    overdueRecordedAt: { column: 'overdue_recorded_at', type: 'timestamptz' },
  },
};
