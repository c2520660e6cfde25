import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { PROJECTION_MIGRATIONS } from '../projection-migrations';
import { CheckpointStore } from './checkpoint.store';

describe('CheckpointStore', () => {
  let schema: TestSchema;
  let checkpoints: CheckpointStore;

  beforeAll(async () => {
    schema = await createTestSchema('cp');
    await runMigrations(schema.pool, PROJECTION_MIGRATIONS);
    checkpoints = new CheckpointStore(schema.pool);
  });
  afterAll(() => schema.drop());

  it('knows no position for a reader that never saved one', async () => {
    expect(await checkpoints.load('never-ran')).toBeNull();
  });

  it('saves a position and replaces it on the next save', async () => {
    await checkpoints.save(schema.pool, 'dispatcher', 131_072);
    await checkpoints.save(schema.pool, 'dispatcher', 9_007_199_254_000);
    expect(await checkpoints.load('dispatcher')).toBe(9_007_199_254_000);
  });

  it('keeps readers apart', async () => {
    await checkpoints.save(schema.pool, 'a', 10);
    await checkpoints.save(schema.pool, 'b', 20);
    expect([await checkpoints.load('a'), await checkpoints.load('b')]).toEqual([10, 20]);
  });

  it('commits or rolls back with the transaction it is saved in', async () => {
    const client = await schema.pool.connect();
    try {
      await client.query('BEGIN');
      await checkpoints.save(client, 'in-tx', 5);
      expect(await checkpoints.load('in-tx', client)).toBe(5);
      await client.query('ROLLBACK');
      expect(await checkpoints.load('in-tx')).toBeNull();

      await client.query('BEGIN');
      await checkpoints.save(client, 'in-tx', 6);
      await client.query('COMMIT');
      expect(await checkpoints.load('in-tx')).toBe(6);
    } finally {
      client.release();
    }
  });

  it('advances a position only forward: an older batch saved last keeps the later position', async () => {
    await checkpoints.advance(schema.pool, 'forward', 40);
    expect(await checkpoints.load('forward')).toBe(40);
    await checkpoints.advance(schema.pool, 'forward', 90);
    await checkpoints.advance(schema.pool, 'forward', 65);
    expect(await checkpoints.load('forward')).toBe(90);
  });

  it('forgets a reader when cleared', async () => {
    await checkpoints.save(schema.pool, 'cleared', 7);
    await checkpoints.clear(schema.pool, 'cleared');
    expect(await checkpoints.load('cleared')).toBeNull();
  });
});
