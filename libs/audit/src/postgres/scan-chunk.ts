import { Client, PoolClient } from 'pg';
import { EVENT_TEXT_COLUMNS, EventRow, headOf } from '@app/event-store/postgres/event-row';
import { Chunk, ChunkResult, ChunkScan } from '../verification/chunk-scan';
import { SealRange } from '../verification/seal-ranges';
import { StoredEvent } from '../verification/stored-event';

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
      .query<EventRow<string>>({
        text: `SELECT ${EVENT_TEXT_COLUMNS} FROM es_events WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
        values: [after, chunk.toPosition, options.pageSize],
        rowMode: 'array',
      })
      .then(({ rows }) => rows.map(stored));
  let next = page(chunk.fromPosition - 1);
  for (;;) {
    const events = await next;
    if (events.length === options.pageSize) next = page(events[events.length - 1].position);
    scan.add(events);
    if (events.length < options.pageSize) return scan.finish();
  }
}

/** Data and metadata stay the JSON text stored, unparsed (see StoredEvent). */
function stored([packed, stream, type, dataJson, metadataJson, hash]: EventRow<string>): StoredEvent {
  const { id, schemaVersion, recordedAt, revision, position } = headOf(packed);
  return { id, stream, type, schemaVersion, dataJson, metadataJson, recordedAt, revision, position, hash };
}
