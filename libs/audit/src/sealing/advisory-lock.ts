import { Pool } from 'pg';

/** Only one sealer works at a time across every process on the database (7301: migrations, 7302: streams). */
export const SEALER_LOCK: readonly [number, number] = [7303, 1];

/**
 * Runs `work` holding a session advisory lock on a connection of its own; with `wait: false`
 * gives up at once (returns `{ acquired: false }`) when another session holds it. A connection
 * that dies releases the lock with it, so a crashed sealer never blocks the next one.
 */
export async function withAdvisoryLock<T>(
  pool: Pool,
  lock: readonly [number, number],
  wait: boolean,
  work: () => Promise<T>,
): Promise<{ acquired: false } | { acquired: true; result: T }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    if (wait) {
      await client.query('SELECT pg_advisory_lock($1, $2)', [...lock]);
    } else {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [...lock]);
      if (!rows[0].locked) return { acquired: false };
    }
    try {
      return { acquired: true, result: await work() };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [...lock]).catch((error: Error) => (broken = error));
    }
  } finally {
    // A connection whose unlock failed is discarded rather than handed back still holding the lock.
    client.release(broken);
  }
}
