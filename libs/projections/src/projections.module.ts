import { BeforeApplicationShutdown, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PG_POOL, SETTINGS } from '@app/runtime/tokens';
import { Settings } from '@app/config';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { DeadlineQueries } from './deadlines/deadline.queries';
import { AwardLedgerQueries } from './awards/award-ledger.queries';
import { freshnessOf } from './awards/ledger-freshness';
import { DossierCounts } from './dossiers/dossier-counts.queries';
import { DossierQueries } from './dossiers/dossiers.queries';
import { OrgUnitQueries } from './org-units/org-units.queries';
import { MovementQueries } from './movements/movement.queries';
import { MovementPlanQueries } from './movements/movement-plans.queries';
import { AgreementQueries } from './agreements/agreements.queries';
import { ResultDossierQueries } from './results/result-dossiers.queries';
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
    // Ledger reads wait for the read models to hold every event committed before them (read-your-writes).
    {
      provide: AwardLedgerQueries,
      useFactory: (pool: Pool, store: EventStore, settings: Settings) => new AwardLedgerQueries(pool, freshnessOf(pool, store, settings.EVENT_STORE === 'postgres')),
      inject: [PG_POOL, EVENT_STORE, SETTINGS],
    },
    { provide: MovementQueries, useFactory: (pool: Pool) => new MovementQueries(pool), inject: [PG_POOL] },
    { provide: MovementPlanQueries, useFactory: (pool: Pool) => new MovementPlanQueries(pool), inject: [PG_POOL] },
    { provide: AgreementQueries, useFactory: (pool: Pool) => new AgreementQueries(pool), inject: [PG_POOL] },
    { provide: ResultDossierQueries, useFactory: (pool: Pool) => new ResultDossierQueries(pool), inject: [PG_POOL] },
  ],
  exports: [CheckpointStore, ProjectionRunner, OrgUnitQueries, DossierQueries, DossierCounts, DeadlineQueries, AgreementQueries, ResultDossierQueries, MovementQueries, MovementPlanQueries, AwardLedgerQueries],
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
