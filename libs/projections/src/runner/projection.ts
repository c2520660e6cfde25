import { PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';

/**
 * A read model fed from the global log. The runner hands it whole batches inside one transaction
 * (which also saves the checkpoint), so an implementation should touch each table a constant
 * number of times per batch, never once per event.
 */
export interface Projection {
  /** Names the projection in logs. */
  readonly name: string;
  /** Applies a batch, in global order, on the runner's transaction; ignores event types it does not know. */
  apply(events: readonly RecordedEvent[], tx: PoolClient): Promise<void>;
  /** Empties the projection's tables, on the transaction that also clears the checkpoint. */
  reset(tx: PoolClient): Promise<void>;
}
