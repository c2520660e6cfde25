import { Pool } from 'pg';
import { readRow, selectList } from '../runner/row-table';
import { AGREEMENTS_TABLE, AgreementRow } from './agreement.row';

/** Reads of the agreements read model. */
export class AgreementQueries {
  constructor(private readonly pool: Pool) {}

  /** The agreements an organisation is a signatory of (every agreement when none is named), latest first. */
  async list(filter: { orgId?: string; status?: AgreementRow['status'] } = {}): Promise<AgreementRow[]> {
    const { rows } = await this.pool.query(
      `SELECT ${selectList(AGREEMENTS_TABLE)} FROM agreements
        WHERE ($1::text IS NULL OR $1 = ANY (signatories)) AND ($2::text IS NULL OR status = $2)
        ORDER BY proposed_at DESC, agreement_id
        LIMIT 500`,
      [filter.orgId ?? null, filter.status ?? null],
    );
    return rows.map((raw) => readRow(AGREEMENTS_TABLE, raw));
  }
}
