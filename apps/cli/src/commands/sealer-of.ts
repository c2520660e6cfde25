import { Pool } from 'pg';
import { Settings } from '@app/config';
import { loadOrCreateSealKey, SealDirectory, Sealer } from '@app/audit';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';

/** The sealer as the worker runs it, for the commands that seal on demand. */
export function sealerOf(settings: Settings, pool: Pool): { sealer: Sealer; store: PostgresEventStore } {
  const store = new PostgresEventStore({ pool, maxEventBytes: settings.MAX_EVENT_BYTES });
  const sealer = new Sealer({ pool, store, archive: new SealDirectory(settings.SEAL_DIR), key: () => loadOrCreateSealKey(settings.SEAL_KEY_FILE) });
  return { sealer, store };
}
