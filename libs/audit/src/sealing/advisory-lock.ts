import { Pool } from 'pg';

/**
 * Only one sealer works at a time on a log (7301: migrations, 7302: streams, 7303: sealing). The
 * lock's second key is the schema's name, hashed: advisory locks are per database, and logs in
 * other schemas of the same database (tests, or installations sharing a server) are other logs.
 */
export const SEALER_LOCK_CLASS = 7303;

/**
 * Runs `work` holding a session advisory lock on a connection of its own; with `wait: false`
 * gives up at once (returns `{ acquired: false }`) when another session holds it. A connection
 * that dies releases the lock with it, so a crashed sealer never blocks the next one.
 */
export async function withAdvisoryLock<T>(
  pool: Pool,
  lockClass: number,
  wait: boolean,
  work: () => Promise<T>,
): Promise<{ acquired: false } | { acquired: true; result: T }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    if (wait) {
      await client.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [lockClass]);
    } else {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS locked', [lockClass]);
      if (!rows[0].locked) return { acquired: false };
    }
    try {
      return { acquired: true, result: await work() };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [lockClass]).catch((error: Error) => (broken = error));
    }
  } finally {
    // A connection whose unlock failed is discarded rather than handed back still holding the lock.
    client.release(broken);
  }
}
