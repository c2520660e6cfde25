import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { Actor, authorityPolicyFromTable, computeRoute, DossierCommand, RouteStep, RuleSet } from '@app/domain';
import { reviewer, submitter } from '@app/domain/testing/fixtures/actors.fixture';
import { orgTree } from '@app/domain/testing/fixtures/orgs.fixture';
import { PLAN } from '@app/domain/testing/fixtures/payloads.fixture';
import { RecordedEvent } from '@app/event-store';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { READ_MODELS } from '@app/projections/read-models';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';
import {
  DeadlineJobs,
  JobQueues,
  JobWorkers,
  ProcessorRegistry,
  QueueSettings,
  queueSettingsFrom,
  WEBHOOK_MIGRATIONS,
  WebhookQueries,
  WorkerTuning,
} from '@app/queue';
import { runDossierCommand } from '@app/workflow/commands/dossier-command-runner';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { DeadlineReconciler } from '../apps/worker/src/deadlines/deadline-reconciler';
import { DeadlineScheduler } from '../apps/worker/src/deadlines/deadline-scheduler';
import { Dispatcher } from '../apps/worker/src/dispatcher/dispatcher';
import { workerProcessors } from '../apps/worker/src/processors';
import { DEVELOPMENT_WEBHOOK_KEY } from '@app/config';
import { runWebhookCommand } from '@app/workflow/commands/webhook-command-runner';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A unit under its department, under its ministry, under the Central Council (see orgs.fixture). */
export const OWNER = 'moc-dept-office';

export interface WorldOptions {
  attempts?: number;
  webhookAttempts?: number;
  webhookTimeoutMs?: number;
  /** Rule sets of the installation (default: the shipped ones), e.g. with millisecond deadlines. */
  ruleSets?: readonly RuleSet[];
  /**
   * A Redis logical database of its own, for a test that empties Redis (FLUSHDB) without touching
   * the queues of suites running alongside on the same server.
   */
  redisDb?: number;
}

/**
 * One test's world: its own PostgreSQL schema (event store, checkpoints, webhook tables), its own
 * BullMQ prefix on the shared Redis, and drivers that run commands through the real runners.
 * `close` stops what it started and removes both the schema and the queues' keys.
 */
export class WorkersWorld {
  readonly rules: RuleBook;
  readonly logs: string[] = [];
  readonly log = { warn: (message: string) => this.logs.push(message), error: (message: string) => this.logs.push(message) };
  readonly checkpoints: CheckpointStore;
  readonly webhooks: WebhookQueries;
  readonly queues: JobQueues;
  private readonly started: Array<{ stop(): Promise<void> }> = [];

  private constructor(
    readonly schema: TestSchema,
    readonly store: PostgresEventStore,
    readonly redis: Redis,
    readonly settings: QueueSettings,
    readonly options: WorldOptions,
  ) {
    this.rules = new RuleBook(options.ruleSets);
    this.checkpoints = new CheckpointStore(schema.pool);
    this.webhooks = new WebhookQueries(schema.pool);
    this.queues = new JobQueues(redis, settings);
  }

  static async open(options: WorldOptions = {}): Promise<WorkersWorld> {
    const schema = await createTestSchema('wk');
    await runMigrations(schema.pool, [...EVENT_STORE_MIGRATIONS, ...PROJECTION_MIGRATIONS, ...WEBHOOK_MIGRATIONS]);
    const store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config), pollIntervalMs: 50 });
    // As the platform module builds it: no offline queue, so a Redis outage fails fast.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null, enableOfflineQueue: false, db: options.redisDb ?? 0 });
    redis.on('error', () => undefined);
    await new Promise((resolve) => redis.once('ready', resolve));
    const settings = queueSettingsFrom({
      QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      JOB_ATTEMPTS: options.attempts ?? 3,
      JOB_BACKOFF_MS: 10,
      WEBHOOK_ATTEMPTS: options.webhookAttempts ?? 3,
      WEBHOOK_BACKOFF_MS: 10,
    });
    return new WorkersWorld(schema, store, redis, settings, options);
  }

  get pool() {
    return this.schema.pool;
  }

  get prefix(): string {
    return this.settings.prefix;
  }

  processors(): ProcessorRegistry {
    return workerProcessors({
      store: this.store,
      rules: this.rules,
      orgTree: new OrgTreeReader(this.store),
      signingKey: DEVELOPMENT_WEBHOOK_KEY,
      webhookTimeoutMs: this.options.webhookTimeoutMs ?? 2000,
    });
  }

  /** As the worker module builds it, on this world's queues. */
  deadlineScheduler(queues = this.queues): DeadlineScheduler {
    return new DeadlineScheduler({ store: this.store, policies: () => this.rules.deadlines, jobs: new DeadlineJobs(queues), log: this.log });
  }

  /** A reconciler that only runs when asked (`runOnce`). */
  reconciler(queues = this.queues): DeadlineReconciler {
    const log = { log: (message: string) => this.logs.push(message), error: (message: string) => this.logs.push(message) };
    const openSteps = new DeadlineQueries(this.pool, this.readModelsName);
    return new DeadlineReconciler({ openSteps, store: this.store, scheduler: this.deadlineScheduler(queues), log, intervalMs: 60_000 });
  }

  async startDispatcher(checkpoints = this.checkpoints, queues = this.queues): Promise<Dispatcher> {
    const dispatcher = new Dispatcher({
      store: this.store,
      pool: this.pool,
      checkpoints,
      queues,
      deadlines: this.deadlineScheduler(queues),
      webhooks: this.webhooks,
      log: this.log,
      retryDelayMs: 50,
    });
    await dispatcher.start();
    this.started.push(dispatcher);
    return dispatcher;
  }

  /**
   * The read models kept current from the log, as the API process runs them, under a runner name
   * of this world's own: a runner's lock is database-wide, and every suite shares the test database.
   */
  private get readModelsName(): string {
    return `read-models-${this.prefix}`;
  }

  async startReadModels(): Promise<ProjectionRunner> {
    const runner = new ProjectionRunner({
      name: this.readModelsName,
      projections: READ_MODELS.map((model) => model.on(model.table)),
      store: this.store,
      pool: this.pool,
      checkpoints: this.checkpoints,
      onError: (error) => this.logs.push(`read models: ${String(error)}`),
    });
    await runner.start();
    this.started.push(runner);
    return runner;
  }

  /** Resolves once `runner` has handled every event committed so far. */
  async settle(runner: ProjectionRunner): Promise<void> {
    const { rows } = await this.pool.query<{ last: string | null }>('SELECT max(position) AS last FROM es_events');
    await runner.waitFor(Number(rows[0].last ?? -1), { timeoutMs: 30_000 });
  }

  async startWorkers(registry = this.processors(), tuning: WorkerTuning = {}, redis = this.redis): Promise<JobWorkers> {
    const workers = new JobWorkers(redis, this.settings, registry, tuning, this.log);
    workers.start();
    await workers.ready();
    this.started.push({ stop: () => workers.close() });
    return workers;
  }

  /** A plan of OWNER, created and submitted, its first step open at the department (due in 5 days unless told). */
  async submittedDossier(options: { ruleSetVersion?: string; firstDueAt?: string } = {}): Promise<string> {
    const dossierId = randomUUID();
    const now = new Date();
    await this.dossierCommand(dossierId, { type: 'CreateDossier', data: { dossierId, orgId: OWNER, kind: 'implementation_plan', payload: PLAN } }, submitter(OWNER));
    const firstDueAt = options.firstDueAt ?? new Date(now.getTime() + 5 * 24 * 3600 * 1000).toISOString();
    const ruleSetVersion = options.ruleSetVersion ?? this.rules.inForce(now).version;
    const route = this.route(now);
    await this.dossierCommand(dossierId, { type: 'SubmitDossier', data: { dossierId, route, firstDueAt, ruleSetVersion } }, submitter(OWNER));
    return dossierId;
  }

  /** The route of OWNER's plan under the rules in force: up to whichever level decides plans. */
  route(now = new Date()): RouteStep[] {
    const authority = authorityPolicyFromTable(this.rules.inForce(now).authority)({ kind: 'implementation_plan', payload: PLAN });
    return computeRoute(orgTree(), OWNER, authority);
  }

  /** Approves the open step as a reviewer of its organisation; returns the approval event. */
  async approveOpenStep(dossierId: string): Promise<RecordedEvent> {
    const events = await this.dossierEvents(dossierId);
    const open = [...events].reverse().find((event) => event.type === 'ReviewRequested')!.data as { round: number; step: number; reviewerOrgId: string };
    const result = await this.dossierCommand(
      dossierId,
      { type: 'ApproveReview', data: { dossierId, round: open.round, step: open.step } },
      reviewer(open.reviewerOrgId),
    );
    return result.events[0];
  }

  dossierCommand(dossierId: string, command: DossierCommand, actor: Actor) {
    return runDossierCommand({ store: this.store, rules: this.rules }, { dossierId, command, actor, commandId: randomUUID(), now: new Date() });
  }

  dossierEvents(dossierId: string) {
    return this.store.readStream(`dossier-${dossierId}`);
  }

  async registerWebhook(webhookId: string, orgId: string, url: string, eventTypes?: string[]): Promise<void> {
    await runWebhookCommand(this.store, {
      command: { type: 'RegisterWebhook', data: { webhookId, orgId, url, ...(eventTypes ? { eventTypes } : {}) } },
      actor: submitter(orgId),
      commandId: randomUUID(),
      now: new Date(),
    });
  }

  async deleteWebhook(webhookId: string, orgId: string): Promise<void> {
    await runWebhookCommand(this.store, {
      command: { type: 'DeleteWebhook', data: { webhookId } },
      actor: submitter(orgId),
      commandId: randomUUID(),
      now: new Date(),
    });
  }

  async close(): Promise<void> {
    for (const started of this.started.reverse()) await started.stop();
    await Promise.all(this.queues.all().map((queue) => queue.obliterate({ force: true })));
    await this.queues.close();
    this.redis.disconnect();
    await this.store.close();
    await this.schema.drop();
  }
}

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
