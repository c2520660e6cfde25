import { PoolClient } from 'pg';
import { SealRange } from '../verification/seal-ranges';

/**
 * Positions that cut the log into at most `parts` chunks of about the same number of events, none
 * smaller than `minEvents` (a thread costs more than it saves on a short chunk): inside the sealed
 * part the seals' counts say where, without reading anything; in the unsealed tail an index-only
 * OFFSET finds the position.
 */
export async function chunkCuts(client: PoolClient, ranges: readonly SealRange[], maxParts: number, minEvents: number): Promise<number[]> {
  if (maxParts <= 1) return [];
  const sorted = [...ranges].sort((a, b) => a.fromPosition - b.fromPosition);
  const sealedThrough = sorted.length > 0 ? sorted[sorted.length - 1].toPosition : -1;
  const { rows } = await client.query<{ tail: string }>('SELECT count(*) AS tail FROM es_events WHERE position > $1', [sealedThrough]);
  const sealed = sorted.reduce((sum, range) => sum + range.count, 0);
  const total = sealed + Number(rows[0].tail);
  const parts = Math.min(maxParts, Math.floor(total / Math.max(1, minEvents)));
  if (parts <= 1) return [];
  const share = Math.ceil(total / parts);
  const cuts: number[] = [];
  let counted = 0;
  for (const range of sorted) {
    counted += range.count;
    if (counted >= share * (cuts.length + 1) && cuts.length < parts - 1) cuts.push(range.toPosition);
  }
  while (cuts.length < parts - 1) {
    const offset = share * (cuts.length + 1) - sealed;
    const found = await client.query<{ position: string }>('SELECT position FROM es_events WHERE position > $1 ORDER BY position OFFSET $2 LIMIT 1', [sealedThrough, Math.max(0, offset - 1)]);
    if (found.rows.length === 0) break;
    cuts.push(Number(found.rows[0].position));
  }
  return cuts;
}
