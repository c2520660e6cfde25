import { Pool, PoolClient } from 'pg';

/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pool | PoolClient;

/**
 * Last handled global position per reader. `save` takes the caller's connection so the checkpoint
 * commits or rolls back together with whatever the reader wrote for those events.
 */
export class CheckpointStore {
  constructor(private readonly pool: Pool) {}

  /** The last position handled by `name`, or null when it has never saved one. */
  async load(name: string, queryable: Queryable = this.pool): Promise<number | null> {
    const { rows } = await queryable.query<{ position: string }>('SELECT position FROM checkpoints WHERE name = $1', [name]);
    return rows.length === 0 ? null : Number(rows[0].position);
  }

  async save(queryable: Queryable, name: string, position: number): Promise<void> {
    await queryable.query(
      `INSERT INTO checkpoints (name, position, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at`,
      [name, position],
    );
  }

  /**
   * Moves `name` forward to `position`, never back, in one statement: for a reader whose batches
   * may be saved by several processes at once without a lock (an older batch saved last keeps the
   * later position).
   */
  async advance(queryable: Queryable, name: string, position: number): Promise<void> {
    await queryable.query(
      `INSERT INTO checkpoints (name, position, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET position = GREATEST(checkpoints.position, EXCLUDED.position), updated_at = EXCLUDED.updated_at`,
      [name, position],
    );
  }

  /** Forgets `name`, so its reader starts again from the beginning of the log (a rebuild). */
  async clear(queryable: Queryable, name: string): Promise<void> {
    await queryable.query('DELETE FROM checkpoints WHERE name = $1', [name]);
  }
}
