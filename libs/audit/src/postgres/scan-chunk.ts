import { Client, PoolClient } from 'pg';
import { EVENT_COLUMNS, EventRow, fromRow } from '@app/event-store/postgres/event-row';
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
      .query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`, [after, chunk.toPosition, options.pageSize])
      .then(({ rows }) => rows);
  let next = page(chunk.fromPosition - 1);
  for (;;) {
    const rows = await next;
    if (rows.length === options.pageSize) next = page(Number(rows[rows.length - 1].position));
    scan.add(rows.map(fromRow));
    if (rows.length < options.pageSize) return scan.finish();
  }
}
