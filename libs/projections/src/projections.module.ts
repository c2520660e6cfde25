import { BeforeApplicationShutdown, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PG_POOL } from '@app/runtime/tokens';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { DeadlineQueries } from './deadlines/deadline.queries';
import { DossierCounts } from './dossiers/dossier-counts.queries';
import { DossierQueries } from './dossiers/dossiers.queries';
import { OrgUnitQueries } from './org-units/org-units.queries';
import { readModelsRunner } from './read-models';
import { ProjectionRunner } from './runner/projection-runner';

/**
 * The read side: keeps the read models current from the log while the application runs, and
 * offers their queries. PG_POOL and EVENT_STORE come from the global platform module.
 */
@Module({
  providers: [
    { provide: CheckpointStore, useFactory: (pool: Pool) => new CheckpointStore(pool), inject: [PG_POOL] },
    {
      provide: ProjectionRunner,
      useFactory: (pool: Pool, store: EventStore, checkpoints: CheckpointStore) => {
        const logger = new Logger('ReadModels');
        return readModelsRunner({
          pool,
          store,
          checkpoints,
          // The runner resumes from its checkpoint by itself; the log says why it paused.
          onError: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
        });
      },
      inject: [PG_POOL, EVENT_STORE, CheckpointStore],
    },
    { provide: OrgUnitQueries, useFactory: (pool: Pool) => new OrgUnitQueries(pool), inject: [PG_POOL] },
    { provide: DossierQueries, useFactory: (pool: Pool) => new DossierQueries(pool), inject: [PG_POOL] },
    { provide: DossierCounts, useFactory: (pool: Pool) => new DossierCounts(pool), inject: [PG_POOL] },
    { provide: DeadlineQueries, useFactory: (pool: Pool) => new DeadlineQueries(pool), inject: [PG_POOL] },
  ],
  exports: [CheckpointStore, ProjectionRunner, OrgUnitQueries, DossierQueries, DossierCounts, DeadlineQueries],
})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  /** Subscribes and returns at once: catching up runs in the background and never delays start-up. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  /** Before the platform closes the pool and the event store, so the batch in flight can commit. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
