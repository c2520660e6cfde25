import { Pool, PoolClient } from 'pg';

/** Runs `work` in one transaction; a connection that fails mid-transaction is dropped, not reused. */
export async function inTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  let broken = false;
  try {
    await tx.query('BEGIN');
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    broken = await tx.query('ROLLBACK').then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    tx.release(broken);
  }
}
