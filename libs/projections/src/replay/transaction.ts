import { Pool, PoolClient } from 'pg';

/** Runs `work` in one transaction; a connection that fails mid-transaction is dropped, not reused. */
export async function inTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  let broken = false;
  // A connection that dies between queries reports it as an event; unheard, it would end the process.
  const onError = () => (broken = true);
  tx.on('error', onError);
  try {
    await tx.query('BEGIN');
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    tx.off('error', onError);
    tx.release(broken);
  }
}
