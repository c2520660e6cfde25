import { Pool } from 'pg';
import { SEAL_STREAM } from '../seals/seal';

export interface SealableEvent {
  position: number;
  hash: string;
  /** An event of the seal stream itself. */
  isSeal: boolean;
}

/**
 * The next events to seal: from `fromPosition` on, in position order, and only below the store's
 * visibility frontier (what readAll returns), where no transaction still running can add an event.
 * A seal therefore never covers a range that could still change.
 */
export async function sealableEvents(pool: Pool, fromPosition: number, limit: number): Promise<SealableEvent[]> {
  const { rows } = await pool.query<{ position: string; hash: string; is_seal: boolean }>(
    `SELECT position, hash, stream_name = $3 AS is_seal FROM es_events
      WHERE position >= $1 AND position < (SELECT es_visible_below())
      ORDER BY position LIMIT $2`,
    [fromPosition, limit, SEAL_STREAM],
  );
  return rows.map((row) => ({ position: Number(row.position), hash: row.hash, isSeal: row.is_seal }));
}

/** Events stored but not yet sealable: a transaction still open on the server holds them behind the frontier. */
export async function eventsBehindFrontier(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ waiting: string }>('SELECT count(*) AS waiting FROM es_events WHERE position >= (SELECT es_visible_below())');
  return Number(rows[0].waiting);
}
