import { Client } from 'pg';
import { personalFieldsOf } from '@app/domain';
import { EventStore } from '@app/event-store';
import { PersonalDataEventStore, PostgresKeyring } from '@app/event-store/personal-data';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { RuntimeContext } from './runtime-context';

/**
 * EVENT_STORE selects the adapter; both pass the same conformance suite. Either is wrapped so
 * that personal fields are encrypted per person before they are hashed (see personal-data/).
 */
export async function openEventStore(context: RuntimeContext): Promise<EventStore> {
  return new PersonalDataEventStore(await openAdapter(context), { keyring: openPersonalKeyring(context), fieldsOf: personalFieldsOf });
}

/** The per-person data keys: in PostgreSQL whichever store holds the events, wrapped with the key of PERSONAL_DATA_KEY_FILE. */
export function openPersonalKeyring(context: Pick<RuntimeContext, 'settings' | 'pool'>): PostgresKeyring {
  return new PostgresKeyring(context.pool, context.settings.PERSONAL_DATA_KEY_FILE);
}

async function openAdapter(context: RuntimeContext): Promise<EventStore> {
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
