import { EmbeddedPostgres } from '@app/database/embedded/embedded-postgres';
import { Settings } from '@app/config';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a real PostgreSQL server embedded under EMBEDDED_PG_DIR. */
export async function resolveDatabase(settings: Settings): Promise<ResolvedDatabase> {
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL, embedded: false, stop: async () => undefined };
  // Stopped by the process after the application has closed, not on the signal itself.
  const server = new EmbeddedPostgres({ dataDir: settings.EMBEDDED_PG_DIR, port: settings.EMBEDDED_PG_PORT, stopOnSignals: false });
  const { url } = await server.start();
  return { url, embedded: true, stop: () => server.stop() };
}
