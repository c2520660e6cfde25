import { PoolClient } from 'pg';
import { RecordedEvent } from '@app/event-store';
import { Queryable } from '../checkpoints/checkpoint.store';

/** What one batch changes in a read model, applied on the batch's transaction. */
export type BatchWrites = (tx: PoolClient) => Promise<void>;

/**
 * A read model rebuilt a batch ahead of its writes. A rebuild is the only writer of its shadow
 * tables, so it can work out batch n + 1 in memory while batch n is still being written: `fold`
 * starts from the rows this build already worked out, and reads (on `db`, committed state) only
 * the rows it does not hold. The writes it returns are applied once every batch folded before has
 * committed; `committed` says one more has, in folding order.
 */
export interface FoldAhead {
  fold(events: readonly RecordedEvent[], db: Queryable): Promise<BatchWrites>;
  committed(): void;
}
