import { PoolClient } from 'pg';
import { Queryable } from '../checkpoints/checkpoint.store';

/** A column's type; `text[]` holds a list of strings (see upsertRows for how each travels). */
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
export async function loadRows<Row>(db: Queryable, spec: TableSpec<Row>, keys: readonly string[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  if (keys.length === 0) return found;
  const keyColumn = spec.columns[spec.key].column;
  const { rows } = await db.query(`SELECT ${selectList(spec)} FROM ${spec.table} WHERE ${keyColumn} = ANY ($1::text[])`, [keys]);
  for (const raw of rows) {
    const row = readRow(spec, raw);
    found.set(String(row[spec.key]), row);
  }
  return found;
}

/**
 * Inserts or replaces many rows in one statement. Each column travels as one JSON array (written
 * by JSON.stringify, the cheapest serialiser there is, and without the key of every field of
 * every row), and `ROWS FROM (json_array_elements…)` zips the columns back into rows on the
 * server. A rebuild is mostly this statement: this form costs both sides less than one JSON
 * document of row objects did (`jsonb_to_recordset`), and much less on this side than arrays
 * encoded as PostgreSQL array literals.
 */
export async function upsertRows<Row>(tx: PoolClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    upsertStatement(spec),
    fields(spec).map((field) => JSON.stringify(rows.map((row) => row[field] ?? null))),
  );
}

/** The statement is the same for every batch of a table: built once. */
const statements = new WeakMap<object, string>();

function upsertStatement<Row>(spec: TableSpec<Row>): string {
  const known = statements.get(spec);
  if (known) return known;
  const columns = fields(spec).map((field) => spec.columns[field]);
  const keyColumn = spec.columns[spec.key].column;
  const names = columns.map((c) => c.column).join(', ');
  const updates = columns
    .filter((c) => c.column !== keyColumn)
    .map((c) => `${c.column} = EXCLUDED.${c.column}`)
    .join(', ');
  const elements = columns.map((c, index) => `json_array_elements${isJson(c.type) ? '' : '_text'}($${index + 1}::json)`).join(', ');
  const values = columns.map((c) => fromElement(c)).join(', ');
  const statement = `INSERT INTO ${spec.table} (${names})
     SELECT ${values} FROM ROWS FROM (${elements}) AS r(${names})
     ON CONFLICT (${keyColumn}) DO UPDATE SET ${updates}`;
  statements.set(spec, statement);
  return statement;
}

/** jsonb values and lists of strings stay JSON until converted; every other value arrives as text (JSON null as NULL). */
const isJson = (type: ColumnType) => type === 'jsonb' || type === 'text[]';

function fromElement({ column, type }: ColumnSpec): string {
  const value = `r.${column}`;
  if (type === 'jsonb') return `CASE WHEN json_typeof(${value}) = 'null' THEN NULL ELSE ${value}::jsonb END`;
  if (type === 'text[]') {
    return `CASE WHEN json_typeof(${value}) = 'null' THEN NULL ELSE ARRAY(SELECT e FROM json_array_elements_text(${value}) WITH ORDINALITY AS t(e, n) ORDER BY n) END`;
  }
  return `${value}::${type}`;
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
