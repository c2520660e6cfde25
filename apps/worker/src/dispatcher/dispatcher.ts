import { Pool, PoolClient } from 'pg';
import { WEBHOOK_EVENT_TYPES } from '@app/domain/webhooks';
import { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { JobRequest, QueueLog, WebhookQueries, webhooksProjection } from '@app/queue';
import { asDossierEvent } from './concerned-orgs';
import { dossiersWithNewDeadlines } from './deadline-triggers';
import { DossierOwners } from './dossier-owners';
import { jobsForEvent } from './event-jobs';
import { inTransaction } from './in-transaction';
import { WebhookDirectory } from './webhook-directory';

const isWebhookEvent = (event: RecordedEvent): boolean => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(event.type);

export const DISPATCHER_CHECKPOINT = 'dispatcher';
/** Apart from the migration lock (7301), stream locks (7302) and projection runners (7303). */
const DISPATCHER_LOCK = 7304;
const MAX_RETRY_DELAY_MS = 30_000;

export interface DispatcherDeps {
  store: EventStore;
  pool: Pool;
  checkpoints: CheckpointStore;
  queues: { enqueue(requests: readonly JobRequest[]): Promise<void> };
  /** Schedules the delayed jobs of the dossiers' pending deadlines, read from their streams. */
  deadlines: { reschedule(dossierIds: readonly string[]): Promise<unknown> };
  webhooks: WebhookQueries;
  log: QueueLog;
  batchSize?: number;
  /** First wait before resubscribing after a failure; doubles up to 30 s while failures repeat. */
  retryDelayMs?: number;
}

/**
 * Turns the global log into jobs. For each batch, in order: compute the jobs, add them to Redis,
 * schedule the deadlines of the dossiers whose deadlines may have changed, then save the
 * checkpoint (with the webhook read model) in one transaction. A crash anywhere before the commit
 * hands the batch over again; the jobs' ids are derived from the event ids, and the deadline jobs'
 * from the deadlines themselves, so the second hand-over adds nothing. At least once into Redis,
 * never a job twice.
 */
export class Dispatcher {
  private subscription?: Subscription;
  private running = false;
  private retryTimer?: NodeJS.Timeout;
  private failures = 0;
  private committed = -1;
  private readonly owners: DossierOwners;

  constructor(private readonly deps: DispatcherDeps) {
    this.owners = new DossierOwners(deps.store);
  }

  /** Last global position whose jobs are in Redis and whose checkpoint is committed. */
  get position(): number {
    return this.committed;
  }

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

  /** Lets the batch in progress finish, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private async subscribe(): Promise<void> {
    // Checkpoint and webhooks read together, so the directory is exactly as of the checkpoint.
    const { checkpoint, directory } = await inTransaction(this.deps.pool, async (tx) => {
      await this.lock(tx);
      const saved = await this.deps.checkpoints.load(DISPATCHER_CHECKPOINT, tx);
      return { checkpoint: saved ?? -1, directory: WebhookDirectory.of(await this.deps.webhooks.active(tx)) };
    });
    this.committed = checkpoint;
    this.subscription = this.deps.store.subscribeToAll({
      fromPosition: checkpoint + 1,
      batchSize: this.deps.batchSize ?? 500,
      onEvents: (events) => this.handle(events, directory),
      onError: (error) => this.failed(error),
    });
  }

  private async handle(events: RecordedEvent[], directory: WebhookDirectory): Promise<void> {
    const jobs: JobRequest[] = [];
    for (const event of events) {
      const needsOwner = directory.size > 0 && asDossierEvent(event) !== null && event.type !== 'DossierCreated';
      const ownerOrgId = needsOwner ? await this.owners.ownerOf(event.stream) : undefined;
      jobs.push(...jobsForEvent(event, { ownerOrgId, webhooksOf: (orgId) => directory.webhooksOf(orgId) }));
      directory.apply(event);
    }
    if (jobs.length > 0) await this.deps.queues.enqueue(jobs);
    const moved = dossiersWithNewDeadlines(events);
    if (moved.length > 0) await this.deps.deadlines.reschedule(moved);
    const through = events[events.length - 1].position;
    await this.commit(events, through);
    this.committed = Math.max(this.committed, through);
    this.failures = 0;
  }

  /**
   * Saves the checkpoint, with the webhook read model when the batch changes it. Most batches hold
   * no webhook event: one statement then moves the checkpoint forward (never back, whichever
   * dispatcher saves last). A batch with webhook events is applied under the dispatcher lock, for
   * the events no other dispatcher (a second worker process) has committed yet.
   */
  private async commit(events: RecordedEvent[], through: number): Promise<void> {
    if (!events.some(isWebhookEvent)) {
      await this.deps.checkpoints.advance(this.deps.pool, DISPATCHER_CHECKPOINT, through);
      return;
    }
    await inTransaction(this.deps.pool, async (tx) => {
      await this.lock(tx);
      const saved = (await this.deps.checkpoints.load(DISPATCHER_CHECKPOINT, tx)) ?? -1;
      const fresh = events.filter((event) => event.position > saved);
      if (fresh.length === 0) return;
      await webhooksProjection.apply(fresh, tx);
      await this.deps.checkpoints.advance(tx, DISPATCHER_CHECKPOINT, through);
    });
  }

  private lock(tx: PoolClient): Promise<unknown> {
    return tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DISPATCHER_LOCK, DISPATCHER_CHECKPOINT]);
  }

  /** The subscription stopped (Redis or the database failed): resume from the last checkpoint. */
  private failed(error: unknown): void {
    this.subscription = undefined;
    this.deps.log.error(`dispatcher stopped at position ${this.committed}: ${error instanceof Error ? error.message : String(error)}`);
    if (!this.running) return;
    const delay = Math.min((this.deps.retryDelayMs ?? 1000) * 2 ** this.failures, MAX_RETRY_DELAY_MS);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      if (!this.running) return;
      this.subscribe().catch((retryError: unknown) => this.failed(retryError));
    }, delay);
  }
}
