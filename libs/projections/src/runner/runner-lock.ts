import { PoolClient } from 'pg';

/** Keeps apart from the migration lock (7301), the event store's stream locks (7302) and the dispatcher (7304). */
export const RUNNER_LOCK = 7303;

/**
 * Takes, for the rest of the transaction, the lock every batch of the runner called `name` takes
 * first: whoever holds it is the only one writing that runner's read models and checkpoint. A
 * blue/green replay takes it to catch up and swap tables while no batch can commit in between.
 *
 * Advisory locks belong to the whole database, so the key includes the schema the read models
 * live in: installations (or test suites) in other schemas of the same database never wait on it.
 */
export async function lockRunner(tx: PoolClient, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext(current_schema() || ':' || $2))`, [RUNNER_LOCK, name]);
}
