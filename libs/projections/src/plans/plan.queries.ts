import { Pool } from 'pg';
import { readRow, selectList } from '../runner/row-table';
import { PLANS_TABLE, PlanRow } from './plan.row';

/** Reads of the implementation plans (one or a few per organisation, so the whole list is read for the tree). */
export class PlanQueries {
  constructor(private readonly pool: Pool) {}

  async all(): Promise<PlanRow[]> {
    const { rows } = await this.pool.query(`SELECT ${selectList(PLANS_TABLE)} FROM plans ORDER BY org_id, id`);
    return rows.map((raw) => readRow(PLANS_TABLE, raw));
  }

  async ofOrg(orgId: string): Promise<PlanRow[]> {
    const { rows } = await this.pool.query(`SELECT ${selectList(PLANS_TABLE)} FROM plans WHERE org_id = $1 ORDER BY id`, [orgId]);
    return rows.map((raw) => readRow(PLANS_TABLE, raw));
  }
}
