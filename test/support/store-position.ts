import { TestApp } from './test-app';

/**
 * The highest global position recorded in the test's event store, and how many events it holds.
 * Read from the table itself: `headPosition()` only shows what no older transaction anywhere on
 * the server can still precede, so another suite's open transaction could make it appear to move.
 */
export async function recordedPosition(test: TestApp): Promise<{ position: number; events: number }> {
  const { rows } = await test.context.pool.query<{ position: string | null; events: string }>(
    'SELECT max(position) AS position, count(*) AS events FROM es_events',
  );
  return { position: Number(rows[0].position ?? 0), events: Number(rows[0].events) };
}
