import { Pool } from 'pg';
import { EventStore } from '@app/event-store';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { dossierRows } from './dossiers/dossiers.projection';
import { escalationRows } from './escalations/escalations.projection';
import { orgUnitRows } from './org-units/org-units.projection';
import { movementRows } from './movements/movements.projection';
import { planRows } from './plans/plans.projection';
import { agreementRows } from './agreements/agreements.projection';
import { resultDossierRows } from './results/result-dossiers.projection';
import { awardLedgerRows } from './awards/award-ledger.projection';
import { ReadModel, rowReadModel } from './read-model';
import { ProjectionRunner } from './runner/projection-runner';

/**
 * The checkpoint of the runner that keeps `org_units`, `dossiers` and `escalations` current.
 * Migrations that add to these read models remove it by this name so the log is replayed.
 */
export const READ_MODELS_CHECKPOINT = 'read-models';

/** The read models behind that checkpoint, in the order each batch is applied to them. */
export const READ_MODELS: readonly ReadModel[] = [rowReadModel(orgUnitRows), rowReadModel(dossierRows), rowReadModel(escalationRows), rowReadModel(agreementRows), rowReadModel(resultDossierRows), rowReadModel(awardLedgerRows), rowReadModel(movementRows), rowReadModel(planRows)];

export interface ReadModelsRunnerOptions {
  pool: Pool;
  store: EventStore;
  checkpoints?: CheckpointStore;
  batchSize?: number;
  onError?: (error: unknown) => void;
}

/**
 * The read models behind one checkpoint: the log is read once for all, and a dossier, its
 * escalations and the organisations they name are always equally up to date.
 */
export function readModelsRunner(options: ReadModelsRunnerOptions): ProjectionRunner {
  return new ProjectionRunner({
    name: READ_MODELS_CHECKPOINT,
    projections: READ_MODELS.map((model) => model.on(model.table)),
    store: options.store,
    pool: options.pool,
    checkpoints: options.checkpoints ?? new CheckpointStore(options.pool),
    batchSize: options.batchSize,
    onError: options.onError,
  });
}
