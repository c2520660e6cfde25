import { RecordedEvent } from '@app/event-store';
import { Queryable } from '../checkpoints/checkpoint.store';
import { RowProjectionDefinition } from '../runner/row-projection';
import { deleteRows, loadRows, upsertRows } from '../runner/row-table';
import { BatchWrites, FoldAhead } from './fold-ahead';

/** Rows held per read model once written: enough for the streams still going, bounded memory however long the log. */
export const ROWS_HELD = 20_000;

interface Held<Row> {
  row: Row | null;
  /** The batch that last changed it (0: as read from the table). */
  batch: number;
}

/**
 * A row read model folded ahead of its writes (see FoldAhead). It holds the rows as the table
 * will be once every batch folded so far has committed. A row is let go, oldest change first, only
 * when the batch that last changed it has committed: any row not held is then exactly what the
 * table's committed state says, and is read from there.
 */
export class RowsAhead<Row> implements FoldAhead {
  private readonly held = new Map<string, Held<Row>>();
  private folded = 0;
  private committedThrough = 0;

  constructor(
    private readonly definition: RowProjectionDefinition<Row>,
    private readonly limit = ROWS_HELD,
  ) {}

  async fold(events: readonly RecordedEvent[], db: Queryable): Promise<BatchWrites> {
    // Only here, never while a read below is pending: a row found held stays held until folded.
    this.letGo();
    const batch = ++this.folded;
    // Each key the batch touches, with its row before the batch and as the batch leaves it.
    const touched = new Map<string, { before: Row | null; after: Row | null }>();
    const keys: string[] = [];
    const relevant: RecordedEvent[] = [];
    const missing: string[] = [];
    for (const event of events) {
      const key = this.definition.keyOf(event);
      if (key === null) continue;
      keys.push(key);
      relevant.push(event);
      if (touched.has(key)) continue;
      const held = this.held.get(key);
      if (held === undefined) missing.push(key);
      touched.set(key, { before: held?.row ?? null, after: held?.row ?? null });
    }
    if (missing.length > 0) {
      const stored = await loadRows(db, this.definition.table, missing);
      for (const [key, row] of stored) touched.set(key, { before: row, after: row });
    }
    for (let index = 0; index < relevant.length; index += 1) {
      const entry = touched.get(keys[index])!;
      entry.after = this.definition.evolve(entry.after, relevant[index]);
    }
    const changed: Row[] = [];
    const removed: string[] = [];
    for (const [key, { before, after }] of touched) {
      if (after === before) {
        if (!this.held.has(key)) this.held.set(key, { row: before, batch: 0 });
        continue;
      }
      if (after !== null) changed.push(after);
      else if (before !== null) removed.push(key);
      // Moved to the end: the map's order is the order of the last change.
      this.held.delete(key);
      this.held.set(key, { row: after, batch });
    }
    const { table } = this.definition;
    return async (tx) => {
      await upsertRows(tx, table, changed);
      await deleteRows(tx, table, removed);
    };
  }

  committed(): void {
    this.committedThrough += 1;
  }

  /** Lets go of the rows changed longest ago, beyond the limit, whose last change has committed. */
  private letGo(): void {
    for (const [key, { batch }] of this.held) {
      if (this.held.size <= this.limit || batch > this.committedThrough) break;
      this.held.delete(key);
    }
  }
}
