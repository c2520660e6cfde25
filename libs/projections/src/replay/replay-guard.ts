import { Pool } from 'pg';
import { ReplayAlreadyRunning } from './replay.errors';

/** Apart from the migration (7301), stream (7302), runner (7303) and dispatcher (7304) locks. */
const REPLAY_LOCK = 7305;

/**
 * Runs `work` while holding a session lock named after the build, so two processes never fill the
 * same shadow tables at once; a second one is refused at once rather than made to wait. The lock
 * goes with the session, so a process that dies releases it; like the runner's, its key includes
 * the schema.
 */
export async function exclusively<T>(pool: Pool, name: string, work: () => Promise<T>): Promise<T> {
  const session = await pool.connect();
  let broken = false;
  const onError = () => (broken = true);
  session.on('error', onError);
  try {
    const { rows } = await session.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, hashtext(current_schema() || ':' || $2)) AS ok`, [REPLAY_LOCK, name]);
    if (!rows[0].ok) throw new ReplayAlreadyRunning(name);
    try {
      return await work();
    } finally {
      await session.query(`SELECT pg_advisory_unlock($1, hashtext(current_schema() || ':' || $2))`, [REPLAY_LOCK, name]).catch(() => (broken = true));
    }
  } finally {
    session.off('error', onError);
    session.release(broken);
  }
}
