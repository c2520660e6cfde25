import { PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';
import { Projection } from '../runner/projection';

/**
 * Counts how many times each event was applied, in the runner's transaction. Whatever the
 * crashes and restarts, every event must end with exactly one application.
 */
export function tallyProjection(): Projection & { install(tx: Pick<PoolClient, 'query'>): Promise<void> } {
  return {
    name: 'tally',
    async install(tx) {
      await tx.query('CREATE TABLE IF NOT EXISTS tally (position bigint PRIMARY KEY, applied integer NOT NULL)');
    },
    async apply(events: readonly RecordedEvent[], tx: PoolClient) {
      await tx.query(
        `INSERT INTO tally (position, applied) SELECT p, 1 FROM unnest($1::bigint[]) AS p
         ON CONFLICT (position) DO UPDATE SET applied = tally.applied + 1`,
        [events.map((event) => event.position)],
      );
    },
    async reset(tx: PoolClient) {
      await tx.query('TRUNCATE tally');
    },
  };
}

/** Positions applied other than exactly once, and how many events were applied in all. */
export async function tallyReport(tx: Pick<PoolClient, 'query'>): Promise<{ events: number; notOnce: number }> {
  const { rows } = await tx.query<{ events: number; not_once: number }>(
    'SELECT count(*)::integer AS events, (count(*) FILTER (WHERE applied <> 1))::integer AS not_once FROM tally',
  );
  return { events: rows[0].events, notOnce: rows[0].not_once };
}
