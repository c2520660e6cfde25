import { Criterion, PlanContent, PlanStatus } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/**
 * One implementation plan, as the plan tree and the missing-plans list need it: whose it is, what
 * it implements (movement, parent plan, document), its status and when it first went in, its
 * contents and measurable criteria. Instants are ISO strings.
 */
export interface PlanRow {
  /** The plan's dossier id. */
  id: string;
  orgId: string;
  title: string;
  ref: string | null;
  implementsRef: string;
  movementId: string | null;
  parentPlanRef: string | null;
  status: PlanStatus;
  firstSubmittedAt: string | null;
  contents: PlanContent[];
  criteria: Criterion[];
  createdAt: string;
  updatedAt: string;
  /** Global position of the last event applied to this row. */
  lastPosition: number;
}

export const PLANS_TABLE: TableSpec<PlanRow> = {
  table: 'plans',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    orgId: { column: 'org_id', type: 'text' },
    title: { column: 'title', type: 'text' },
    ref: { column: 'ref', type: 'text' },
    implementsRef: { column: 'implements_ref', type: 'text' },
    movementId: { column: 'movement_id', type: 'text' },
    parentPlanRef: { column: 'parent_plan_ref', type: 'text' },
    status: { column: 'status', type: 'text' },
    firstSubmittedAt: { column: 'first_submitted_at', type: 'timestamptz' },
    contents: { column: 'contents', type: 'jsonb' },
    criteria: { column: 'criteria', type: 'jsonb' },
    createdAt: { column: 'created_at', type: 'timestamptz' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
  },
};
