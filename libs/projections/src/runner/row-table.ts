import { PoolClient } from 'pg';

/** `text[]` travels as a JSON array of strings, which `jsonb_to_recordset` turns into an array. */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'timestamptz' | 'jsonb' | 'text[]';

export interface ColumnSpec {
  column: string;
  type: ColumnType;
}

/**
 * How a row type maps onto its table: one column per field. Table and column names are constants
 * written in code, never input, which is what makes it safe to put them into SQL text; values
 * always travel as parameters. Instants are ISO strings in rows, so a row round-trips unchanged.
 */
export interface TableSpec<Row> {
  table: string;
  key: keyof Row & string;
  columns: { [Field in keyof Row]-?: ColumnSpec };
}

export function selectList<Row>(spec: TableSpec<Row>): string {
  return fields(spec)
    .map((field) => spec.columns[field].column)
    .join(', ');
}

/** Turns a row as `pg` returns it into the row type (timestamps to ISO strings, bigints to numbers). */
export function readRow<Row>(spec: TableSpec<Row>, raw: Record<string, unknown>): Row {
  const row = {} as Record<string, unknown>;
  for (const field of fields(spec)) {
    const { column, type } = spec.columns[field];
    const value = raw[column];
    row[field] = value === null || value === undefined ? null : fromDatabase(type, value);
  }
  return row as Row;
}

/** The rows stored under these keys, by key: one query however many keys. */
export async function loadRows<Row>(tx: PoolClient, spec: TableSpec<Row>, keys: readonly string[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  if (keys.length === 0) return found;
  const keyColumn = spec.columns[spec.key].column;
  const { rows } = await tx.query(`SELECT ${selectList(spec)} FROM ${spec.table} WHERE ${keyColumn} = ANY ($1::text[])`, [keys]);
  for (const raw of rows) {
    const row = readRow(spec, raw);
    found.set(String(row[spec.key]), row);
  }
  return found;
}

/**
 * Inserts or replaces many rows in one statement: the rows travel as a single JSON parameter and
 * `jsonb_to_recordset` turns them back into typed columns on the server.
 */
export async function upsertRows<Row>(tx: PoolClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = fields(spec).map((field) => spec.columns[field]);
  const keyColumn = spec.columns[spec.key].column;
  const names = columns.map((c) => c.column).join(', ');
  const shape = columns.map((c) => `${c.column} ${c.type}`).join(', ');
  const updates = columns
    .filter((c) => c.column !== keyColumn)
    .map((c) => `${c.column} = EXCLUDED.${c.column}`)
    .join(', ');
  const payload = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const field of fields(spec)) record[spec.columns[field].column] = row[field] ?? null;
    return record;
  });
  await tx.query(
    `INSERT INTO ${spec.table} (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${shape})
     ON CONFLICT (${keyColumn}) DO UPDATE SET ${updates}`,
    [JSON.stringify(payload)],
  );
}

export async function deleteRows<Row>(tx: PoolClient, spec: TableSpec<Row>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(`DELETE FROM ${spec.table} WHERE ${spec.columns[spec.key].column} = ANY ($1::text[])`, [keys]);
}

function fields<Row>(spec: TableSpec<Row>): (keyof Row & string)[] {
  return Object.keys(spec.columns) as (keyof Row & string)[];
}

function fromDatabase(type: ColumnType, value: unknown): unknown {
  switch (type) {
    case 'timestamptz':
      return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
    case 'bigint':
      return Number(value);
    default:
      return value;
  }
}
