import { ImplementationPlanPayload, YearlyReportPayload } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/** The dossiers summaries and rankings are computed from: implementation plans and yearly reports. */
export const RESULT_KINDS = ['implementation_plan', 'yearly_report'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * A plan (its contents and criteria) or a yearly report (its values and evidence), with its
 * content as last edited. `approvedAt` is set once the dossier is finally approved: only then does
 * it count. It is kept as the event wrote it, so that choosing the latest approved dossier gives
 * the same answer from this table as from the events.
 */
export interface ResultDossierRow {
  dossierId: string;
  orgId: string;
  kind: ResultKind;
  /** The report's year; null for a plan. */
  year: number | null;
  payload: ImplementationPlanPayload | YearlyReportPayload;
  approvedAt: string | null;
  updatedAt: string;
  /** Global position of the last event applied to this row. */
  lastPosition: number;
}

export const RESULT_DOSSIERS_TABLE: TableSpec<ResultDossierRow> = {
  table: 'result_dossiers',
  key: 'dossierId',
  columns: {
    dossierId: { column: 'dossier_id', type: 'text' },
    orgId: { column: 'org_id', type: 'text' },
    kind: { column: 'kind', type: 'text' },
    year: { column: 'year', type: 'integer' },
    payload: { column: 'payload', type: 'jsonb' },
    approvedAt: { column: 'approved_at', type: 'text' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
  },
};
