import { Client } from 'pg';
import { EventStore } from '@app/event-store';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { RuntimeContext } from './runtime-context';

/** EVENT_STORE selects the adapter; both pass the same conformance suite. */
export async function openEventStore(context: RuntimeContext): Promise<EventStore> {
  const { settings, pool, database } = context;
  if (settings.EVENT_STORE === 'eventstoredb') {
    const { EventStoreDbEventStore } = await import('@app/event-store/eventstoredb/eventstoredb-event-store');
    return new EventStoreDbEventStore({ connectionString: settings.EVENTSTORE_URL!, maxEventBytes: settings.MAX_EVENT_BYTES });
  }
  return new PostgresEventStore({
    pool,
    connect: () => new Client({ connectionString: database.url }),
    maxEventBytes: settings.MAX_EVENT_BYTES,
    pollIntervalMs: settings.SUBSCRIPTION_POLL_MS,
  });
}
