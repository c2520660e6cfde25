import { Pool, PoolClient } from 'pg';
import { EventStore, RecordedEvent } from '@app/event-store';
import { CheckpointStore, Queryable } from '../checkpoints/checkpoint.store';
import { ReadModel } from '../read-model';
import { Projection } from '../runner/projection';
import { forEachPage } from './log-pages';
import { ProgressListener, ReplayProgress } from './replay-progress';
import { createShadow, dropShadow, indexShadow, ShadowSuffix, shadowOf, tableExists } from './shadow-tables';
import { inTransaction } from './transaction';

export interface ShadowBuildOptions {
  pool: Pool;
  store: EventStore;
  checkpoints: CheckpointStore;
  /** The live runner's checkpoint; the build's own is this name plus the suffix. */
  runner: string;
  models: readonly ReadModel[];
  suffix: ShadowSuffix;
  /** Events per transaction; big batches make a rebuild fast, and it has no reader waiting on it. */
  batchSize?: number;
  onProgress?: ProgressListener;
  /** Asked between batches: the batch in flight commits, then filling stops. */
  shouldStop?: () => boolean;
}

/** How often the head of the log is looked up again while filling, for the progress report. */
const HEAD_REFRESH_MS = 1000;

/**
 * Rebuilds read models from position 0 into shadow tables, with a checkpoint of its own saved in
 * the same transaction as each batch: stopped at any moment (Ctrl-C, a crash), it resumes after
 * the last batch committed. It writes nothing but the shadow tables and its checkpoint.
 */
export class ShadowBuild {
  readonly checkpoint: string;
  private readonly projections: Projection[];
  private readonly progress: ReplayProgress = { phase: 'rebuilding', position: -1, from: 0, head: -1, events: 0 };
  private headCheckedAt = 0;

  constructor(private readonly options: ShadowBuildOptions) {
    this.checkpoint = `${options.runner}${options.suffix}`;
    this.projections = options.models.map((model) => model.on(shadowOf(model.table, options.suffix)));
  }

  /** Events applied by this run so far. */
  get events(): number {
    return this.progress.events;
  }

  get batchSize(): number {
    return this.options.batchSize ?? 20_000;
  }

  /** The position the build has committed, or null when none is under way (no checkpoint, or a shadow missing). */
  async committed(db: Queryable = this.options.pool): Promise<number | null> {
    const position = await this.options.checkpoints.load(this.checkpoint, db);
    if (position === null) return null;
    for (const model of this.options.models) if (!(await tableExists(db, shadowOf(model.table, this.options.suffix)))) return null;
    return position;
  }

  /** Empty shadows and a checkpoint before position 0, in one transaction (leftovers of an earlier build dropped). */
  async start(): Promise<void> {
    await inTransaction(this.options.pool, async (tx) => {
      await this.discard(tx);
      for (const model of this.options.models) await createShadow(tx, model.table, this.options.suffix);
      await this.options.checkpoints.save(tx, this.checkpoint, -1);
    });
  }

  /**
   * Fills the shadows batch by batch from the committed checkpoint until a read comes back short
   * (the head of the log) or passes `through`. Returns the position reached and whether it was
   * stopped before getting there.
   *
   * Three stages overlap: the next page is read while one batch is folded in memory (FoldAhead)
   * while the batch before it is written, each batch in one transaction with the checkpoint, in
   * order. PostgreSQL writes while this process reads and folds, so both cores work.
   */
  async fill(through?: number): Promise<{ position: number; stopped: boolean }> {
    const { pool, store, models, suffix } = this.options;
    const committed = (await this.committed()) ?? -1;
    Object.assign(this.progress, { phase: 'rebuilding', position: committed, from: committed + 1, events: 0 });
    await this.refreshHead(true);
    let stopped = false;
    const shouldStop = () => (stopped = this.options.shouldStop?.() ?? false);
    const ahead = models.map((model) => model.ahead(shadowOf(model.table, suffix)));
    let writing: Promise<void> = Promise.resolve();
    const handle = async (events: RecordedEvent[]) => {
      const writes = await Promise.all(ahead.map((model) => model.fold(events, pool)));
      await writing;
      writing = inTransaction(pool, async (tx) => {
        for (const write of writes) await write(tx);
        await this.options.checkpoints.save(tx, this.checkpoint, events[events.length - 1].position);
      }).then(() => {
        for (const model of ahead) model.committed();
        return this.advanced(events);
      });
      // Awaited before the next batch is written, or once the last page is handed over.
      writing.catch(() => undefined);
    };
    let position: number;
    try {
      position = await forEachPage(store, { from: committed + 1, through, pageSize: this.batchSize }, handle, shouldStop);
    } catch (error) {
      // A batch still being written ends before this fails: nothing may commit after a failed fill returns.
      await writing.catch(() => undefined);
      throw error;
    }
    await writing;
    return { position: Math.max(position, committed), stopped };
  }

  /** On the caller's transaction: applies the events after the checkpoint up to `through` (used under the runner's lock). */
  async catchUp(tx: PoolClient, through: number): Promise<number> {
    const committed = (await this.committed(tx)) ?? -1;
    if (through <= committed) return committed;
    this.progress.phase = 'catching-up';
    await forEachPage(this.options.store, { from: committed + 1, through, pageSize: this.batchSize }, async (events) => {
      await this.applyBatch(tx, events);
      await this.advanced(events);
    });
    return through;
  }

  /** Builds the secondary indexes (after filling, before the swap) and refreshes the planner's statistics. */
  async index(): Promise<void> {
    for (const model of this.options.models) await indexShadow(this.options.pool, model.table, this.options.suffix);
  }

  /** Drops every shadow of this suffix (whatever read models it was for) and the checkpoint. */
  async discard(db: Queryable, models: readonly ReadModel[] = this.options.models): Promise<void> {
    for (const model of models) await dropShadow(db, model.table, this.options.suffix);
    await this.options.checkpoints.clear(db, this.checkpoint);
  }

  async report(phase: ReplayProgress['phase']): Promise<void> {
    this.progress.phase = phase;
    await this.options.onProgress?.({ ...this.progress });
  }

  private async applyBatch(tx: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const projection of this.projections) await projection.apply(events, tx);
    await this.options.checkpoints.save(tx, this.checkpoint, events[events.length - 1].position);
  }

  private async advanced(events: readonly RecordedEvent[]): Promise<void> {
    // Positions start far from 0 and are not dense: progress is measured from the first one read.
    if (this.progress.events === 0) this.progress.from = events[0].position;
    this.progress.position = events[events.length - 1].position;
    this.progress.events += events.length;
    await this.refreshHead(this.progress.position > this.progress.head);
    await this.options.onProgress?.({ ...this.progress });
  }

  private async refreshHead(force: boolean): Promise<void> {
    if (!force && Date.now() - this.headCheckedAt < HEAD_REFRESH_MS) return;
    this.headCheckedAt = Date.now();
    this.progress.head = Math.max(await this.options.store.headPosition(), this.progress.position);
  }
}
