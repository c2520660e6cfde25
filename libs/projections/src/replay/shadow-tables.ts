import { PoolClient } from 'pg';
import { Queryable } from '../checkpoints/checkpoint.store';
import { ident } from './sql-identifier';

/**
 * Shadow tables: a read model's table rebuilt beside the live one under a suffixed name, with the
 * same columns, defaults, checks, primary key and indexes, every index and constraint named as the
 * live one plus the suffix. Swapping renames the shadow to the live name and strips the suffixes,
 * so after a swap the schema is exactly what the migrations created and later migrations still
 * find every name they expect.
 */
export type ShadowSuffix = '__replay' | '__diff';

export const shadowOf = (table: string, suffix: ShadowSuffix): string => `${table}${suffix}`;

export async function tableExists(db: Queryable, table: string): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [ident(table)]);
  return rows[0].found !== null;
}

/**
 * Creates the empty shadow with its columns, checks and key constraints. Secondary indexes come
 * later (`indexShadow`): filling a table and then indexing it is much faster than maintaining the
 * indexes row by row during a rebuild.
 */
export async function createShadow(tx: PoolClient, table: string, suffix: ShadowSuffix): Promise<void> {
  const shadow = shadowOf(table, suffix);
  await tx.query(
    `CREATE TABLE ${ident(shadow)} (LIKE ${ident(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE)`,
  );
  const { rows } = await tx.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype IN ('p', 'u') ORDER BY conname`,
    [ident(table)],
  );
  for (const { name, definition } of rows) {
    await tx.query(`ALTER TABLE ${ident(shadow)} ADD CONSTRAINT ${ident(name + suffix)} ${definition}`);
  }
}

/** Adds the live table's other indexes to the shadow (again, if some already exist), then refreshes its statistics. */
export async function indexShadow(db: Queryable, table: string, suffix: ShadowSuffix): Promise<void> {
  const shadow = shadowOf(table, suffix);
  const { rows } = await db.query<{ name: string; unique: boolean; definition: string }>(
    `SELECT c.relname AS name, i.indisunique AS unique, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
    [ident(table)],
  );
  for (const { name, unique, definition } of rows) {
    // `CREATE INDEX name ON schema.table USING …`: only what follows the table changes hands.
    const using = definition.slice(definition.indexOf(' USING '));
    await db.query(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${ident(name + suffix)} ON ${ident(shadow)}${using}`);
  }
  await db.query(`ANALYZE ${ident(shadow)}`);
}

export async function dropShadow(db: Queryable, table: string, suffix: ShadowSuffix): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${ident(shadowOf(table, suffix))}`);
}

/** Column names and types in order; a shadow is swapped in only when they match the live table's. */
export async function columnsOf(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ column: string }>(
    `SELECT attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' not null' ELSE '' END AS column
       FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [ident(table)],
  );
  return rows.map((row) => row.column);
}

/**
 * Puts the shadow in the live table's place, on the caller's transaction: drops the live table,
 * renames the shadow, and gives its indexes and constraints the live names back. Readers block
 * for the moment of the commit and then see the new table; they never see a half state.
 */
export async function swapShadowIn(tx: PoolClient, table: string, suffix: ShadowSuffix): Promise<void> {
  const shadow = shadowOf(table, suffix);
  await tx.query(`DROP TABLE ${ident(table)}`);
  await tx.query(`ALTER TABLE ${ident(shadow)} RENAME TO ${ident(table)}`);
  const indexes = await tx.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass ORDER BY c.relname`,
    [ident(table)],
  );
  for (const { name } of indexes.rows) {
    // Renaming an index that backs a constraint renames the constraint with it.
    const live = liveName(name, table, shadow, suffix);
    if (live !== name) await tx.query(`ALTER INDEX ${ident(name)} RENAME TO ${ident(live)}`);
  }
  const constraints = await tx.query<{ name: string }>(
    'SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass AND conindid = 0 ORDER BY conname',
    [ident(table)],
  );
  for (const { name } of constraints.rows) {
    const live = liveName(name, table, shadow, suffix);
    if (live !== name) await tx.query(`ALTER TABLE ${ident(table)} RENAME CONSTRAINT ${ident(name)} TO ${ident(live)}`);
  }
}

/**
 * The name an index or constraint of the shadow has on the live table: ours carry the suffix at
 * the end; names PostgreSQL generated from the shadow's own name start with it.
 */
function liveName(name: string, table: string, shadow: string, suffix: ShadowSuffix): string {
  if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
  if (name.startsWith(`${shadow}_`)) return `${table}_${name.slice(shadow.length + 1)}`;
  return name;
}
