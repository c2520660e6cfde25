import { Client } from 'pg';
import { Migration, runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { PROJECTION_MIGRATIONS } from '../projection-migrations';
import { readModelsRunner } from '../read-models';
import { Projection } from '../runner/projection';
import { ProjectionRunner, ProjectionRunnerOptions } from '../runner/projection-runner';
import { DossierDriver } from './dossier-driver';
import { OrgDriver } from './org-driver';
import { TestClock } from './test-clock';

/**
 * A schema of its own with the event store and the read models, a real PostgresEventStore on it,
 * and drivers that run domain commands through the real deciders.
 */
export class ReadModelWorld {
  readonly clock = new TestClock();
  readonly orgs: OrgDriver;
  readonly dossiers: DossierDriver;
  readonly checkpoints: CheckpointStore;
  private readonly runners = new Set<ProjectionRunner>();

  private constructor(
    readonly schema: TestSchema,
    readonly store: PostgresEventStore,
  ) {
    this.orgs = new OrgDriver(store, this.clock);
    this.dossiers = new DossierDriver(store, this.clock, () => this.orgs.tree);
    this.checkpoints = new CheckpointStore(schema.pool);
  }

  /** `projectionMigrations` lets a suite start from an older schema of the read models. */
  static async open(prefix = 'pj', projectionMigrations: readonly Migration[] = PROJECTION_MIGRATIONS): Promise<ReadModelWorld> {
    const schema = await createTestSchema(prefix);
    await runMigrations(schema.pool, [...EVENT_STORE_MIGRATIONS, ...projectionMigrations]);
    const store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config), pollIntervalMs: 50 });
    return new ReadModelWorld(schema, store);
  }

  get pool() {
    return this.schema.pool;
  }

  /** The production runner of both read models; stopped by `close`. */
  readModels(batchSize?: number): ProjectionRunner {
    return this.track(readModelsRunner({ pool: this.pool, store: this.store, checkpoints: this.checkpoints, batchSize }));
  }

  /** A runner over any projections (test doubles included); stopped by `close`. */
  runner(name: string, projections: Projection[], options: Partial<ProjectionRunnerOptions> = {}): ProjectionRunner {
    return this.track(
      new ProjectionRunner({ name, projections, store: this.store, pool: this.pool, checkpoints: this.checkpoints, ...options }),
    );
  }

  /**
   * Resolves when `runner` has handled every event committed so far. (The store's head position
   * would not do: it stops below any transaction still open on the server, another suite's included.)
   */
  async settle(runner: ProjectionRunner): Promise<void> {
    await runner.waitFor(await this.lastCommittedPosition(), { timeoutMs: 20_000 });
  }

  async lastCommittedPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ last: string }>('SELECT max(position) AS last FROM es_events');
    return Number(rows[0].last);
  }

  /** The whole table in key order, exactly as PostgreSQL holds it, for comparisons. */
  async dump(table: 'org_units' | 'dossiers' | 'escalations'): Promise<Record<string, unknown>[]> {
    // The name comes from the fixed union above, never from input.
    const { rows } = await this.pool.query(`SELECT * FROM ${table} ORDER BY id`);
    return rows;
  }

  async close(): Promise<void> {
    await Promise.all([...this.runners].map((runner) => runner.stop()));
    await this.store.close();
    await this.schema.drop();
  }

  private track(runner: ProjectionRunner): ProjectionRunner {
    this.runners.add(runner);
    return runner;
  }
}
