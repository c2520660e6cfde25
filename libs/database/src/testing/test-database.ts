import { randomBytes } from 'node:crypto';
import { Client, Pool, PoolConfig } from 'pg';

/** The real PostgreSQL the tests talk to; CI starts it (see .ci/run). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  schema: string;
  /** Pool settings whose connections all use the test's own schema. */
  config: PoolConfig;
  pool: Pool;
  drop(): Promise<void>;
}

/**
 * Each test suite gets a schema of its own in the shared test database, so suites run in parallel
 * without seeing each other's tables, and the whole schema is dropped afterwards.
 */
export async function createTestSchema(prefix = 't'): Promise<TestSchema> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  // Identifiers cannot be bound as parameters; the name is generated above from hex digits only.
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  // A test that dies inside a transaction must not keep its locks for the rest of the run.
  const config: PoolConfig = { connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}`, max: 20, idle_in_transaction_session_timeout: 30_000 };
  const pool = new Pool(config);
  return {
    schema,
    config,
    pool,
    async drop() {
      await pool.end().catch(() => undefined);
      const cleaner = new Client({ connectionString: TEST_DATABASE_URL });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}
