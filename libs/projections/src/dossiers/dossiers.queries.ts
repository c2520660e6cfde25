import { Pool } from 'pg';
import { DossierKind } from '@app/domain';
import { readRow, selectList } from '../runner/row-table';
import { decodeCursor, DossierSortKey, encodeCursor } from './dossier-cursor';
import { DOSSIERS_TABLE, DossierRow } from './dossier.row';
import { DossierListStatus } from './dossier-status';
import { Page, pageSize } from './page';
import { InvalidReadQuery } from './read-query.errors';

export type DossierListSort = Extract<DossierSortKey, 'updated_at' | 'created_at'>;

export interface DossierListFilter {
  kind?: DossierKind;
  status?: DossierListStatus;
  /** Dossiers this organisation owns or is the current reviewer of. */
  orgId?: string;
  /** Only dossiers whose open review step was due before this instant. */
  overdueAt?: Date;
  /** Newest first by this instant; `updated_at` unless given. */
  sort?: DossierListSort;
  cursor?: string;
  /** Page size, at most 100. */
  limit?: number;
}

export interface PageRequest {
  cursor?: string;
  limit?: number;
}

/** Only these column names ever reach the SQL text as a sort; the values go as parameters. */
const LIST_SORT_COLUMNS: Record<DossierListSort, string> = { updated_at: 'updated_at', created_at: 'created_at' };
const COLUMNS = selectList(DOSSIERS_TABLE);

export class DossierQueries {
  constructor(private readonly pool: Pool) {}

  async get(id: string): Promise<DossierRow | null> {
    const { rows } = await this.pool.query(`SELECT ${COLUMNS} FROM dossiers WHERE id = $1`, [id]);
    return rows.length === 0 ? null : readRow(DOSSIERS_TABLE, rows[0]);
  }

  async list(filter: DossierListFilter = {}): Promise<Page<DossierRow>> {
    const sort = filter.sort ?? 'updated_at';
    const column = LIST_SORT_COLUMNS[sort];
    if (column === undefined) throw new InvalidReadQuery('sort', `one of ${Object.keys(LIST_SORT_COLUMNS).join(', ')}`);
    const after = filter.cursor === undefined ? null : decodeCursor(filter.cursor, sort);
    const limit = pageSize(filter.limit);
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM dossiers
        WHERE ($1::text IS NULL OR kind = $1)
          AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR owner_org_id = $3 OR current_reviewer_org_id = $3)
          AND ($4::timestamptz IS NULL OR (stage = 'in_review' AND due_at < $4))
          AND ($5::timestamptz IS NULL OR (${column}, id) < ($5, $6))
        ORDER BY ${column} DESC, id DESC
        LIMIT $7`,
      [filter.kind ?? null, filter.status ?? null, filter.orgId ?? null, filter.overdueAt ?? null, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    return this.page(rows, limit, (row) => ({ sort, at: sort === 'updated_at' ? row.updatedAt : row.createdAt, id: row.id }));
  }

  /**
   * The open review steps waiting on this organisation, soonest due first. Held steps are not
   * waiting on anyone (no decision can be taken) and show in `list({ status: 'on_hold' })` instead.
   */
  async inbox(orgId: string, request: PageRequest = {}): Promise<Page<DossierRow>> {
    const after = request.cursor === undefined ? null : decodeCursor(request.cursor, 'due_at');
    const limit = pageSize(request.limit);
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM dossiers
        WHERE stage = 'in_review' AND current_reviewer_org_id = $1
          AND ($2::timestamptz IS NULL OR (due_at, id) > ($2, $3))
        ORDER BY due_at, id
        LIMIT $4`,
      [orgId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    return this.page(rows, limit, (row) => ({ sort: 'due_at', at: row.dueAt!, id: row.id }));
  }

  /** Reads one row more than asked to learn whether another page follows. */
  private page(
    raw: Record<string, unknown>[],
    limit: number,
    cursorOf: (row: DossierRow) => Parameters<typeof encodeCursor>[0],
  ): Page<DossierRow> {
    const items = raw.slice(0, limit).map((row) => readRow(DOSSIERS_TABLE, row));
    const last = items[items.length - 1];
    return { items, nextCursor: raw.length > limit && last ? encodeCursor(cursorOf(last)) : null };
  }
}
