import { Pool, PoolClient } from 'pg';
import { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { PositionWaiters } from './position-waiters';
import { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** The checkpoint's name; also the lock that keeps two processes from applying the same batch. */
  name: string;
  projections: readonly Projection[];
  store: EventStore;
  pool: Pool;
  checkpoints: CheckpointStore;
  /** Events per transaction; larger batches rebuild faster, smaller ones commit sooner. */
  batchSize?: number;
  /** First wait before resubscribing after a failure; doubles up to 30 s while failures repeat. */
  retryDelayMs?: number;
  onError?: (error: unknown) => void;
}

/** Keeps apart from the migration lock (7301) and the event store's stream locks (7302). */
const RUNNER_LOCK = 7303;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Feeds projections from the global log, one transaction per batch: apply every projection, save
 * the checkpoint, commit. A crash rolls back the whole batch, and the next start resumes after
 * the last committed checkpoint, so no event is skipped or applied twice.
 *
 * Each batch first takes a transaction-scoped lock named after the runner and re-reads the
 * checkpoint under it, so runners of the same name in several processes (API and worker started
 * separately) take turns and skip what another one already committed.
 */
export class ProjectionRunner {
  private readonly waiters = new PositionWaiters();
  private subscription?: Subscription;
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

  /** Subscribes from the checkpoint + 1 and returns; catching up continues in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.subscribe();
    } catch (error) {
      this.running = false;
      throw error;
    }
  }

  /** Lets the batch in progress commit, then stops. Pending `waitFor` calls are rejected. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    await this.subscription?.stop();
    this.subscription = undefined;
    this.waiters.rejectAll(new Error(`projection runner ${this.name} stopped`));
  }

  /**
   * Resolves once everything up to `position` (the position of an event, e.g. the one an append
   * returned) is reflected in the read models: read-your-writes for the caller of that append.
   */
  waitFor(position: number, options: { timeoutMs?: number } = {}): Promise<void> {
    return this.waiters.wait(position, options.timeoutMs);
  }

  /** Empties the read models and the checkpoint in one transaction, then replays the log from 0. */
  async rebuild(): Promise<void> {
    const wasRunning = this.running;
    await this.stop();
    await this.inTransaction(async (tx) => {
      for (const projection of this.options.projections) await projection.reset(tx);
      await this.options.checkpoints.clear(tx, this.name);
    });
    this.handled = -1;
    this.waiters.rewind(-1);
    if (wasRunning) await this.start();
  }

  private async subscribe(): Promise<void> {
    const checkpoint = (await this.options.checkpoints.load(this.name)) ?? -1;
    this.progressed(checkpoint);
    this.subscription = this.options.store.subscribeToAll({
      fromPosition: checkpoint + 1,
      batchSize: this.options.batchSize ?? 2000,
      onEvents: (events) => this.handle(events),
      onError: (error) => this.failed(error),
    });
  }

  private async handle(events: RecordedEvent[]): Promise<void> {
    const { checkpoints, projections } = this.options;
    let through = events[events.length - 1].position;
    await this.inTransaction(async (tx) => {
      const saved = await checkpoints.load(this.name, tx);
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
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RUNNER_LOCK, this.name]);
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

  /** The subscription has stopped: report, then resume from the last committed checkpoint. */
  private failed(error: unknown): void {
    this.subscription = undefined;
    this.options.onError?.(error);
    if (!this.running) return;
    const delay = Math.min((this.options.retryDelayMs ?? 1000) * 2 ** this.failures, MAX_RETRY_DELAY_MS);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      if (!this.running) return;
      this.subscribe().catch((retryError: unknown) => this.failed(retryError));
    }, delay);
  }
}
