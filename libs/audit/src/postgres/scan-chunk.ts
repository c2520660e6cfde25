import { Client, PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';
import { EVENT_COLUMNS } from '@app/event-store/postgres/event-row';
import { Chunk, ChunkResult, ChunkScan } from '../verification/chunk-scan';
import { SealRange } from '../verification/seal-ranges';

export interface ScanOptions {
  sealedThrough: number;
  pageSize: number;
  maxProblems: number;
}

/**
 * One chunk of the stored log in position order, in keyset pages (`position > last`, through the
 * primary key), the next page requested before the current one is checked. Run it on a client
 * inside a REPEATABLE READ transaction, so every page comes from one snapshot. Unlike readAll it
 * does not stop at the visibility frontier: verification checks whatever is stored.
 */
export async function scanChunk(client: Client | PoolClient, chunk: Chunk, ranges: readonly SealRange[], options: ScanOptions): Promise<ChunkResult> {
  const scan = new ChunkScan(ranges, options.sealedThrough, options.maxProblems);
  const page = (after: number) =>
    client
      .query<StoredRow>({
        text: `SELECT ${EVENT_COLUMNS} FROM es_events WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
        values: [after, chunk.toPosition, options.pageSize],
        rowMode: 'array',
      })
      .then(({ rows }) => rows.map(recorded));
  let next = page(chunk.fromPosition - 1);
  for (;;) {
    const events = await next;
    if (events.length === options.pageSize) next = page(events[events.length - 1].position);
    scan.add(events);
    if (events.length < options.pageSize) return scan.finish();
  }
}

/** A row of EVENT_COLUMNS in array mode: cheaper than a keyed row, and read a million times over. */
type StoredRow = [string, string, string, string, string, number, unknown, Record<string, unknown>, number, string];

function recorded([position, id, stream, revision, type, schemaVersion, data, metadata, recordedMs, hash]: StoredRow): RecordedEvent {
  return { id, stream, type, schemaVersion, data, metadata, recordedAt: new Date(recordedMs), revision: Number(revision), position: Number(position), hash };
}
