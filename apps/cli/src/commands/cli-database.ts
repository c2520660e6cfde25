import { Pool } from 'pg';
import { resolve } from 'node:path';
import { InvalidSettings, loadSettings, Settings } from '@app/config';
import { EmbeddedPostgres } from '@app/database/embedded/embedded-postgres';
import { readPostmasterPid } from '@app/database/embedded/postmaster-pid';
import { resolveDatabase } from '@app/runtime/startup/database-url';
import { CliUsageError } from '../cli-command';

/** Settings for a command; a bad value is a usage error that names the variable. */
export function cliSettings(): Settings {
  try {
    return loadSettings();
  } catch (error) {
    if (error instanceof InvalidSettings) throw new CliUsageError(error.message);
    throw error;
  }
}

export interface CliDatabase {
  pool: Pool;
  close(): Promise<void>;
}

/**
 * The database the service uses, without Redis (these commands never queue anything): DATABASE_URL
 * when set; otherwise the embedded server, joined when the service is running it (two servers
 * cannot share one data directory) and started for the command's duration when it is not.
 */
export async function openCliDatabase(settings: Settings, options: { fresh?: boolean } = {}): Promise<CliDatabase> {
  const running = settings.DATABASE_URL ? undefined : readPostmasterPid(resolve(settings.EMBEDDED_PG_DIR));
  const database =
    running?.status === 'ready'
      ? { url: new EmbeddedPostgres({ dataDir: settings.EMBEDDED_PG_DIR, port: running.port }).url, stop: async () => undefined }
      : await resolveDatabase(settings);
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined);
  const close = async () => {
    await pool.end().catch(() => undefined);
    await database.stop();
  };
  // A command that loads data may start from an empty database; one over the log needs it to exist.
  if (options.fresh) return { pool, close };
  const { rows } = await pool.query<{ table: string | null }>(`SELECT to_regclass('es_events')::text AS table`);
  if (rows[0].table === null) {
    await close();
    throw new CliUsageError('this database has no event store (no es_events table): check DATABASE_URL');
  }
  return { pool, close };
}
