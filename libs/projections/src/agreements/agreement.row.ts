import { AgreementTarget } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/** One joint emulation agreement as the read side shows it. Instants are ISO strings. */
export interface AgreementRow {
  agreementId: string;
  title: string;
  proposerOrgId: string;
  signatories: string[];
  /** The agreement's period, Viet Nam dates `YYYY-MM-DD`. */
  periodFrom: string;
  periodTo: string;
  targets: AgreementTarget[];
  status: 'proposed' | 'in_force' | 'cancelled';
  /** When each signatory signed, by organisation. */
  signatures: Record<string, string>;
  proposedAt: string;
  inForceAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  updatedAt: string;
  /** Global position of the last event applied to this row. */
  lastPosition: number;
  /** Revision of the `agreement-<id>` stream after that event. */
  revision: number;
}

export const AGREEMENTS_TABLE: TableSpec<AgreementRow> = {
  table: 'agreements',
  key: 'agreementId',
  columns: {
    agreementId: { column: 'agreement_id', type: 'text' },
    title: { column: 'title', type: 'text' },
    proposerOrgId: { column: 'proposer_org_id', type: 'text' },
    signatories: { column: 'signatories', type: 'text[]' },
    periodFrom: { column: 'period_from', type: 'text' },
    periodTo: { column: 'period_to', type: 'text' },
    targets: { column: 'targets', type: 'jsonb' },
    status: { column: 'status', type: 'text' },
    signatures: { column: 'signatures', type: 'jsonb' },
    proposedAt: { column: 'proposed_at', type: 'timestamptz' },
    inForceAt: { column: 'in_force_at', type: 'timestamptz' },
    cancelledBy: { column: 'cancelled_by', type: 'text' },
    cancelReason: { column: 'cancel_reason', type: 'text' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
    revision: { column: 'revision', type: 'integer' },
  },
};
