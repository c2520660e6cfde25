import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { EVENT_STORE_MIGRATIONS } from './event-store-migrations';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL event store', () => {
  let schema: TestSchema;

  beforeAll(async () => {
    schema = await createTestSchema('es');
    await runMigrations(schema.pool, EVENT_STORE_MIGRATIONS);
  });
  afterAll(() => schema.drop());

  describeEventStoreConformance('postgres', async (options) => {
    const store = new PostgresEventStore({
      pool: schema.pool,
      connect: () => new Client(schema.config),
      pollIntervalMs: 100,
      ...options,
    });
    return { store, close: () => store.close() };
  });

  it('applies its migrations once even when two processes start at once', async () => {
    const other = await createTestSchema('es');
    try {
      const runs = await Promise.all([runMigrations(other.pool, EVENT_STORE_MIGRATIONS), runMigrations(other.pool, EVENT_STORE_MIGRATIONS)]);
      expect(runs.map((applied) => applied.length).sort()).toEqual([0, EVENT_STORE_MIGRATIONS.length]);
      expect(await runMigrations(other.pool, EVENT_STORE_MIGRATIONS)).toEqual([]);
    } finally {
      await other.drop();
    }
  });
});
