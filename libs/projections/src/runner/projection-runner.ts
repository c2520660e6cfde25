import { Pool, PoolClient } from 'pg';
import { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { PositionWaiters } from './position-waiters';
import { Projection } from './projection';
import { lockRunner } from './runner-lock';

export interface ProjectionRunnerOptions {
  /** The checkpoint's name; also the lock that keeps two processes from applying the same batch. */
  name: string;
  projections: readonly Projection[];
  store: EventStore;
  pool: Pool;
  checkpoints: CheckpointStore;
  /** Most events per transaction; larger batches rebuild faster, smaller ones commit sooner. */
  batchSize?: number;
  /** First wait before resuming after a failure; doubles up to 30 s while failures repeat. */
  retryDelayMs?: number;
  onError?: (error: unknown) => void;
}

const MAX_RETRY_DELAY_MS = 30_000;

/** The checkpoint went back (a rebuild started elsewhere): resume from it instead of going on. */
class CheckpointRewound extends Error {
  constructor(name: string, saved: number, handled: number) {
    super(`checkpoint ${name} went back from ${handled} to ${saved}; resuming from it`);
  }
}

/**
 * Feeds projections from the global log, one transaction per batch: apply every projection, save
 * the checkpoint, commit. A crash rolls back the whole batch, and the next start resumes after
 * the last committed checkpoint, so no event is skipped or applied twice.
 *
 * From the checkpoint + 1 it first catches up with `readAll`, reading the next page while the
 * current one is being written (rebuilds are bound by reading), then subscribes where that ended.
 *
 * Each batch first takes a transaction-scoped lock named after the runner and re-reads the
 * checkpoint under it, so runners of the same name in several processes (API and worker started
 * separately) take turns and skip what another one already committed.
 */
export class ProjectionRunner {
  private readonly waiters = new PositionWaiters();
  private subscription?: Subscription;
  private catchingUp?: Promise<void>;
  private running = false;
  private handled = -1;
  private retryTimer?: NodeJS.Timeout;
  private failures = 0;

  constructor(private readonly options: ProjectionRunnerOptions) {}

  get name(): string {
    return this.options.name;
  }

  /** Last global position whose effects are committed (-1 before the first event). */
  get position(): number {
    return this.handled;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 5000;
  }

  /** Loads the checkpoint and returns; catching up, then following the log, go on in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let checkpoint: number | null;
    try {
      checkpoint = await this.options.checkpoints.load(this.name);
    } catch (error) {
      this.running = false;
      throw error;
    }
    if (this.running) this.resume(checkpoint ?? -1);
  }

  /** Lets the batch in progress commit, then stops. Pending `waitFor` calls are rejected. */
  async stop(): Promise<void> {
    await this.halt();
    this.waiters.rejectAll(new Error(`projection runner ${this.name} stopped`));
  }

  /**
   * Resolves once everything up to `position` (the position of an event, e.g. the one an append
   * returned) is reflected in the read models: read-your-writes for the caller of that append.
   */
  waitFor(position: number, options: { timeoutMs?: number } = {}): Promise<void> {
    return this.waiters.wait(position, options.timeoutMs);
  }

  /**
   * Empties the read models and the checkpoint in one transaction, then replays the log from 0.
   * Callers already waiting keep waiting for the replay to reach their position.
   */
  async rebuild(): Promise<void> {
    const wasRunning = this.running;
    await this.halt();
    await this.inTransaction(async (tx) => {
      for (const projection of this.options.projections) await projection.reset(tx);
      await this.options.checkpoints.clear(tx, this.name);
    });
    this.rewind(-1);
    if (wasRunning) await this.start();
  }

  private async halt(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    await this.catchingUp;
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private resume(checkpoint: number): void {
    this.rewind(checkpoint);
    this.catchingUp = this.catchUp(checkpoint + 1).then(
      (next) => {
        if (!this.running) return;
        this.subscription = this.options.store.subscribeToAll({
          fromPosition: next,
          batchSize: this.batchSize,
          onEvents: (events) => this.handle(events),
          onError: (error) => this.failed(error),
        });
      },
      (error: unknown) => this.failed(error),
    );
  }

  /** Applies full pages until a short one; returns the position to subscribe from. */
  private async catchUp(from: number): Promise<number> {
    const read = (fromPosition: number) => this.options.store.readAll({ fromPosition, limit: this.batchSize });
    let next = read(from);
    while (this.running) {
      const events = await next;
      if (events.length === 0) return from;
      from = events[events.length - 1].position + 1;
      const full = events.length === this.batchSize;
      if (full) {
        next = read(from);
        // Observed on the next turn; if this batch fails first, the read is simply dropped.
        next.catch(() => undefined);
      }
      await this.handle(events);
      if (!full) return from;
    }
    return from;
  }

  private async handle(events: RecordedEvent[]): Promise<void> {
    const { checkpoints, projections } = this.options;
    let through = events[events.length - 1].position;
    await this.inTransaction(async (tx) => {
      const saved = await checkpoints.load(this.name, tx);
      if ((saved ?? -1) < this.handled) throw new CheckpointRewound(this.name, saved ?? -1, this.handled);
      const fresh = saved === null ? events : events.filter((event) => event.position > saved);
      if (fresh.length === 0) {
        through = Math.max(through, saved ?? -1);
        return;
      }
      for (const projection of projections) await projection.apply(fresh, tx);
      await checkpoints.save(tx, this.name, through);
    });
    this.failures = 0;
    this.progressed(through);
  }

  private async inTransaction(work: (tx: PoolClient) => Promise<void>): Promise<void> {
    const tx = await this.options.pool.connect();
    let broken = false;
    // A connection that dies between queries reports it as an event; unheard, it would end the process.
    const onConnectionError = () => (broken = true);
    tx.on('error', onConnectionError);
    try {
      await tx.query('BEGIN');
      await lockRunner(tx, this.name);
      await work(tx);
      await tx.query('COMMIT');
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      tx.off('error', onConnectionError);
      // A broken connection is dropped rather than returned to the pool.
      tx.release(broken);
    }
  }

  private progressed(position: number): void {
    this.handled = Math.max(this.handled, position);
    this.waiters.reached(this.handled);
  }

  private rewind(position: number): void {
    this.handled = position;
    this.waiters.rewind(position);
  }

  /** Catching up or the subscription has failed: report, then resume from the last committed checkpoint. */
  private failed(error: unknown): void {
    this.subscription = undefined;
    this.options.onError?.(error);
    if (!this.running) return;
    const delay = error instanceof CheckpointRewound ? 0 : this.retryDelay();
    this.retryTimer = setTimeout(() => {
      if (!this.running) return;
      this.options.checkpoints.load(this.name).then(
        (checkpoint) => this.running && this.resume(checkpoint ?? -1),
        (loadError: unknown) => this.failed(loadError),
      );
    }, delay);
  }

  private retryDelay(): number {
    const delay = Math.min((this.options.retryDelayMs ?? 1000) * 2 ** this.failures, MAX_RETRY_DELAY_MS);
    this.failures += 1;
    return delay;
  }
}
