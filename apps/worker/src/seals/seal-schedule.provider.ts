import { Logger, Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { Settings } from '@app/config';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { loadOrCreateSealKey, SealDirectory, Sealer, SealSchedule } from '@app/audit';
import { PG_POOL, SETTINGS } from '@app/runtime/tokens';

/** What the worker's lifecycle starts and stops. */
export interface SealScheduling {
  start(): void;
  stop(): Promise<void>;
}

export const SEAL_SCHEDULE = Symbol('SealSchedule');

/**
 * Seals the log every SEAL_INTERVAL_MS (see SealSchedule for why a timer and not a queue job).
 * The key is read, or generated, at the first seal, not at boot. Seals cover the PostgreSQL event
 * store only; with EventStoreDB the schedule says so once and does nothing.
 */
export const sealScheduleProvider: Provider = {
  provide: SEAL_SCHEDULE,
  useFactory: (settings: Settings, pool: Pool, store: EventStore): SealScheduling => {
    const log = new Logger('Seals');
    if (settings.EVENT_STORE !== 'postgres') {
      return { start: () => log.warn(`EVENT_STORE=${settings.EVENT_STORE}: the log is not sealed`), stop: async () => undefined };
    }
    const sealer = new Sealer({ pool, store, archive: new SealDirectory(settings.SEAL_DIR), key: () => loadOrCreateSealKey(settings.SEAL_KEY_FILE), log });
    return new SealSchedule({ sealer, intervalMs: settings.SEAL_INTERVAL_MS, log });
  },
  inject: [SETTINGS, PG_POOL, EVENT_STORE],
};
