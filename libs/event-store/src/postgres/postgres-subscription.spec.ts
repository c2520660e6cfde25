import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { RecordedEvent } from '../event.types';
import { EVENT_STORE_MIGRATIONS } from './event-store-migrations';
import { PostgresEventStore } from './postgres-event-store';

/** Far longer than any wait below: an event that arrives in time was not found by a poll. */
const POLL_MS = 60_000;
const PROMPTLY_MS = 5_000;

const note = () => ({ id: randomUUID(), type: 'NoteAdded', data: { note: 'subscription' } });

describe('PostgreSQL subscriptions', () => {
  let schema: TestSchema;
  let store: PostgresEventStore;

  beforeAll(async () => {
    schema = await createTestSchema('es_sub');
    await runMigrations(schema.pool, EVENT_STORE_MIGRATIONS);
  });
  beforeEach(() => {
    store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config), pollIntervalMs: POLL_MS });
  });
  afterEach(() => store.close());
  afterAll(() => schema.drop());

  /** Resolves with the subscriber's events once `count` of `stream` arrived; fails after PROMPTLY_MS. */
  function follow(stream: string, count: number, onEvent: (event: RecordedEvent) => Promise<void> = async () => undefined) {
    const seen: RecordedEvent[] = [];
    let resolve!: (events: RecordedEvent[]) => void;
    const arrived = new Promise<RecordedEvent[]>((done) => (resolve = done));
    return (async () => {
      const subscription = store.subscribeToAll({
        fromPosition: (await store.headPosition()) + 1,
        onEvents: async (events) => {
          for (const event of events.filter((candidate) => candidate.stream === stream)) {
            seen.push(event);
            await onEvent(event);
          }
          if (seen.length >= count) resolve(seen);
        },
      });
      await subscription.caughtUp;
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`only ${seen.length} of ${count} events within ${PROMPTLY_MS} ms`)), PROMPTLY_MS));
      return { arrived: Promise.race([arrived, timeout]).finally(() => subscription.stop()) };
    })();
  }

  it('does not lose the wake-up of an append made while it handles a batch', async () => {
    const stream = `note-${randomUUID()}`;
    // The handler of the first event appends the second: its wake-up comes while no one waits.
    const { arrived } = await follow(stream, 2, async (event) => {
      if (event.revision === 0) await store.append(stream, [note()], 0);
    });
    await store.append(stream, [note()], 'no_stream');

    expect((await arrived).map((event) => event.revision)).toEqual([0, 1]);
  });

  it('delivers an append held back by an older transaction soon after that transaction ends', async () => {
    const stream = `note-${randomUUID()}`;
    const { arrived } = await follow(stream, 1);
    // An older transaction with an id, which no append ends: the new event stays behind the visibility frontier.
    const older = new Client(schema.config);
    await older.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      await store.append(stream, [note()], 'no_stream');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await older.query('COMMIT');

      expect(await arrived).toHaveLength(1);
    } finally {
      await older.end();
    }
  });
});
