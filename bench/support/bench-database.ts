import { randomBytes } from 'node:crypto';
import { Client, Pool, PoolConfig } from 'pg';

/** Benchmarks run in a throw-away schema of BENCH_DATABASE_URL (default: the local test database). */
export async function benchSchema(max: number): Promise<{ pool: Pool; config: PoolConfig; drop(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  // The schema name is generated from hex digits above; identifiers cannot be bound as parameters.
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const config: PoolConfig = { connectionString: url, options: `-c search_path=${schema}`, max };
  const pool = new Pool(config);
  return {
    pool,
    config,
    async drop() {
      await pool.end();
      const cleaner = new Client({ connectionString: url });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}
