import { Client, Pool } from 'pg';
import { loadSettings, Settings } from '@app/config';
import { runMigrations } from '@app/database';
import { EmbeddedPostgres } from '@app/database/embedded/embedded-postgres';
import { EventStore } from '@app/event-store';
import { openEventStore } from '@app/runtime/event-store.factory';
import { ALL_MIGRATIONS } from '@app/runtime/migrations';
import { resolveDatabase, ResolvedDatabase } from '@app/runtime/startup/database-url';

/** What an administrative command works on: the same database and event store as the service. */
export interface CliPlatform {
  settings: Settings;
  pool: Pool;
  store: EventStore;
  close(): Promise<void>;
}

/**
 * Opens the service's database and event store with the service's settings. Without DATABASE_URL
 * the service runs an embedded PostgreSQL: when it is up, the command connects to it (a replay
 * runs beside the live system); when it is not, the command starts it for its own duration.
 * Redis is not needed: these commands only read the log and write read models.
 */
export async function openCliPlatform(): Promise<CliPlatform> {
  const settings = loadSettings();
  const database = await locateDatabase(settings);
  const pool = new Pool({ connectionString: database.url, max: 8 });
  pool.on('error', () => undefined);
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
    const store = await openEventStore({ settings, database, pool });
    return {
      settings,
      pool,
      store,
      async close() {
        await store.close().catch(() => undefined);
        await pool.end().catch(() => undefined);
        await database.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await database.stop();
    throw error;
  }
}

async function locateDatabase(settings: Settings): Promise<ResolvedDatabase> {
  if (settings.DATABASE_URL) return resolveDatabase(settings);
  const url = new EmbeddedPostgres({ dataDir: settings.EMBEDDED_PG_DIR, port: settings.EMBEDDED_PG_PORT }).url;
  if (await answers(url)) return { url, embedded: true, stop: async () => undefined };
  return resolveDatabase(settings);
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
