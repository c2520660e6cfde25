import { Pool } from 'pg';
import { readRow, selectList } from '../runner/row-table';
import { MOVEMENTS_TABLE, MovementRow } from './movement.row';

/** Reads of the movements (a few hundred at most: one per launching organisation and year, so read whole). */
export class MovementQueries {
  constructor(private readonly pool: Pool) {}

  async get(id: string): Promise<MovementRow | null> {
    const { rows } = await this.pool.query(`SELECT ${selectList(MOVEMENTS_TABLE)} FROM movements WHERE id = $1`, [id]);
    return rows.length === 0 ? null : readRow(MOVEMENTS_TABLE, rows[0]);
  }

  /** Every movement, parents before the movements that adapt them when launched earlier, then by id. */
  async list(filter: { orgId?: string; status?: MovementRow['status'] } = {}): Promise<MovementRow[]> {
    const { rows } = await this.pool.query(
      `SELECT ${selectList(MOVEMENTS_TABLE)} FROM movements
        WHERE ($1::text IS NULL OR org_id = $1) AND ($2::text IS NULL OR status = $2)
        ORDER BY launched_at, id`,
      [filter.orgId ?? null, filter.status ?? null],
    );
    return rows.map((raw) => readRow(MOVEMENTS_TABLE, raw));
  }
}
