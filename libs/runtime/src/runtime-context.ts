import { Pool } from 'pg';
import { Settings } from '@app/config';
import { runMigrations } from '@app/database';
import { ALL_MIGRATIONS } from './migrations';
import { resolveDatabase, ResolvedDatabase } from './startup/database-url';
import { assertRedisAnswers } from './startup/redis-unavailable';

/** What must exist before Nest starts: settings, a database with its schema, a Redis that answers. */
export interface RuntimeContext {
  settings: Settings;
  database: ResolvedDatabase;
  pool: Pool;
}

export async function prepareRuntime(settings: Settings): Promise<RuntimeContext> {
  await assertRedisAnswers(settings.REDIS_URL);
  const database = await resolveDatabase(settings);
  const pool = new Pool({ connectionString: database.url, max: 20, idle_in_transaction_session_timeout: 30_000 });
  pool.on('error', () => undefined);
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
  } catch (error) {
    await pool.end();
    await database.stop();
    throw error;
  }
  return { settings, database, pool };
}
