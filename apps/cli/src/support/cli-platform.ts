import { Pool } from 'pg';
import { Settings } from '@app/config';
import { runMigrations } from '@app/database';
import { EventStore } from '@app/event-store';
import { openEventStore } from '@app/runtime/event-store.factory';
import { ALL_MIGRATIONS } from '@app/runtime/migrations';
import { cliSettings, openCliDatabase } from '../commands/cli-database';

/** What a command over the log works on: the service's database and its event store. */
export interface CliPlatform {
  settings: Settings;
  pool: Pool;
  store: EventStore;
  close(): Promise<void>;
}

/**
 * The service's database (joined when the service runs it, see openCliDatabase) with its schema
 * brought up to date as every process does at start-up, and the event store the settings select.
 * No Redis: these commands only read the log and write read models. `fresh` accepts a database
 * with no event store yet (its schema is created here), for a command that loads data.
 */
export async function openCliPlatform(options: { fresh?: boolean } = {}): Promise<CliPlatform> {
  const settings = cliSettings();
  const database = await openCliDatabase(settings, options);
  try {
    await runMigrations(database.pool, ALL_MIGRATIONS);
    const url = (database.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    const store = await openEventStore({ settings, pool: database.pool, database: { url, embedded: false, stop: async () => undefined } });
    return {
      settings,
      pool: database.pool,
      store,
      async close() {
        await store.close().catch(() => undefined);
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
