import { PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';
import { Projection } from './projection';
import { deleteRows, loadRows, TableSpec, upsertRows } from './row-table';

/**
 * A read model with one row per key, written as a pure fold: `evolve(row | null, event)` returns
 * the new row, the same row when the event changes nothing, or null for "no row".
 */
export interface RowProjectionDefinition<Row> {
  name: string;
  table: TableSpec<Row>;
  /** The row an event concerns, or null for events this read model ignores (unknown types included). */
  keyOf(event: RecordedEvent): string | null;
  evolve(row: Row | null, event: RecordedEvent): Row | null;
}

/** Folds events into rows in memory, starting from `rows` (left untouched). Pure. */
export function evolveRows<Row>(
  definition: RowProjectionDefinition<Row>,
  rows: ReadonlyMap<string, Row>,
  events: readonly RecordedEvent[],
): Map<string, Row | null> {
  const current = new Map<string, Row | null>(rows);
  for (const event of events) {
    const key = definition.keyOf(event);
    if (key !== null) current.set(key, definition.evolve(current.get(key) ?? null, event));
  }
  return current;
}

/**
 * Runs a row fold batch by batch: one query loads every row the batch touches, the events are
 * folded in memory, and one upsert (plus one delete, rarely) writes back the rows that changed.
 */
export function rowProjection<Row>(definition: RowProjectionDefinition<Row>): Projection {
  const { name, table } = definition;
  return {
    name,
    async apply(events: readonly RecordedEvent[], tx: PoolClient): Promise<void> {
      // Each event's key once: most events of a batch concern another read model and are skipped here.
      const relevant: Array<[string, RecordedEvent]> = [];
      for (const event of events) {
        const key = definition.keyOf(event);
        if (key !== null) relevant.push([key, event]);
      }
      if (relevant.length === 0) return;
      const stored = await loadRows(tx, table, [...new Set(relevant.map(([key]) => key))]);
      const current = new Map<string, Row | null>(stored);
      for (const [key, event] of relevant) current.set(key, definition.evolve(current.get(key) ?? null, event));
      const changed: Row[] = [];
      const removed: string[] = [];
      for (const [key, row] of current) {
        if (row === stored.get(key)) continue;
        if (row !== null) changed.push(row);
        else if (stored.has(key)) removed.push(key);
      }
      await upsertRows(tx, table, changed);
      await deleteRows(tx, table, removed);
    },
    async reset(tx: PoolClient): Promise<void> {
      await tx.query(`TRUNCATE ${table.table}`);
    },
  };
}
