import { PoolClient } from 'pg';
import { ident } from './sql-identifier';

export interface RowDifference {
  key: string;
  /** Seen from the live table: `missing` rows are only in the rebuild, `extra` ones only in the live table. */
  kind: 'missing' | 'extra' | 'changed';
  /** The columns whose values differ (every column for a missing or extra row). */
  columns: string[];
  live: Record<string, unknown> | null;
  rebuilt: Record<string, unknown> | null;
}

export interface TableComparison {
  liveRows: number;
  rebuiltRows: number;
  /** How many rows differ in all. */
  differences: number;
  /** The first of them by key, at most as many as asked for. */
  shown: RowDifference[];
}

/**
 * Compares two tables of the same shape row by row, matched on `key`, on the server: each row as
 * JSON, a full join, and only the rows that differ come back.
 */
export async function compareTables(tx: PoolClient, live: string, rebuilt: string, key: string, show: number): Promise<TableComparison> {
  const counts = await tx.query<{ live: string; rebuilt: string }>(
    `SELECT (SELECT count(*) FROM ${ident(live)}) AS live, (SELECT count(*) FROM ${ident(rebuilt)}) AS rebuilt`,
  );
  const { rows } = await tx.query<{ key: string; live: Record<string, unknown> | null; rebuilt: Record<string, unknown> | null; total: string }>(
    `WITH l AS (SELECT t.${ident(key)} AS k, to_jsonb(t) AS r FROM ${ident(live)} t),
          s AS (SELECT t.${ident(key)} AS k, to_jsonb(t) AS r FROM ${ident(rebuilt)} t)
     SELECT coalesce(l.k, s.k) AS key, l.r AS live, s.r AS rebuilt, count(*) OVER () AS total
       FROM l FULL JOIN s ON l.k = s.k
      WHERE l.r IS DISTINCT FROM s.r
      ORDER BY 1
      LIMIT $1`,
    [show],
  );
  return {
    liveRows: Number(counts.rows[0].live),
    rebuiltRows: Number(counts.rows[0].rebuilt),
    differences: rows.length === 0 ? 0 : Number(rows[0].total),
    shown: rows.map(({ key: rowKey, live: a, rebuilt: b }) => ({ key: String(rowKey), kind: kindOf(a, b), columns: changedColumns(a, b), live: a, rebuilt: b })),
  };
}

function kindOf(live: object | null, rebuilt: object | null): RowDifference['kind'] {
  return live === null ? 'missing' : rebuilt === null ? 'extra' : 'changed';
}

function changedColumns(live: Record<string, unknown> | null, rebuilt: Record<string, unknown> | null): string[] {
  const columns = new Set([...Object.keys(live ?? {}), ...Object.keys(rebuilt ?? {})]);
  return [...columns].filter((column) => JSON.stringify(live?.[column]) !== JSON.stringify(rebuilt?.[column])).sort();
}
