import { Pool } from 'pg';
import { EventStore } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { READ_MODELS_CHECKPOINT } from '../read-models';

/** The read models did not reach the log's head in time (HTTP 503): a decision must not rest on a stale ledger. */
export class ReadModelsBehind extends Error {
  readonly code = 'read_models_behind';
  constructor(
    readonly head: number,
    readonly checkpoint: number | null,
    readonly timeoutMs: number,
  ) {
    super(`the read models reached position ${checkpoint ?? 'none'} of ${head} within ${timeoutMs} ms; try again`);
  }
}

export interface Freshness {
  /** The position of the last event committed so far, visible to readers or not yet. */
  latest(): Promise<number>;
  checkpoints: CheckpointStore;
  timeoutMs?: number;
  pollMs?: number;
}

/**
 * How far the log goes: with the events in this PostgreSQL, the highest position committed (a
 * reader's head may stay below it while an older transaction anywhere on the server is still
 * open, and the runner will get there once it ends); otherwise the store's own head.
 */
export function freshnessOf(pool: Pool, store: EventStore, eventsInPool: boolean, timeoutMs?: number): Freshness {
  const committed = async () => {
    const { rows } = await pool.query<{ head: string | null }>('SELECT max(position) AS head FROM es_events');
    return Number(rows[0].head ?? 0);
  };
  return { latest: eventsInPool ? committed : () => store.headPosition(), checkpoints: new CheckpointStore(pool), timeoutMs };
}

/**
 * Resolves once the `read-models` runner (in whichever process holds it) has committed every event
 * committed when this was called: what is read then includes every write that finished before,
 * its caller's own included.
 */
export async function readModelsCaughtUp(freshness: Freshness): Promise<void> {
  const { checkpoints, timeoutMs = 10_000, pollMs = 20 } = freshness;
  const head = await freshness.latest();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const checkpoint = await checkpoints.load(READ_MODELS_CHECKPOINT);
    // An empty log has head 0 and nothing to wait for.
    if ((checkpoint ?? (head === 0 ? 0 : -1)) >= head) return;
    if (Date.now() >= deadline) throw new ReadModelsBehind(head, checkpoint, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
