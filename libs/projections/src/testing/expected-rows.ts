import { EventStore, RecordedEvent } from '@app/event-store';
import { Pool } from 'pg';
import { evolveRows, RowProjectionDefinition } from '../runner/row-projection';
import { readRow, selectList } from '../runner/row-table';

/** Every event in the store, in global order. */
export async function wholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ fromPosition: (events[events.length - 1]?.position ?? -1) + 1, limit: 5000 });
    events.push(...page);
    if (page.length < 5000) return events;
  }
}

/** What a read model must hold: the whole log folded in memory, rows in key order. */
export function foldedRows<Row>(definition: RowProjectionDefinition<Row>, events: readonly RecordedEvent[]): Row[] {
  const rows = [...evolveRows(definition, new Map(), events)].filter((entry): entry is [string, Row] => entry[1] !== null);
  return rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** What a read model holds, in key order (compared by code point, like `foldedRows`). */
export async function storedRows<Row>(pool: Pool, definition: RowProjectionDefinition<Row>): Promise<Row[]> {
  const { table } = definition;
  const { rows } = await pool.query(`SELECT ${selectList(table)} FROM ${table.table}`);
  const keyed = rows.map((raw) => readRow(table, raw));
  return keyed.sort((a, b) => {
    const [x, y] = [String(a[table.key]), String(b[table.key])];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
