import { Pool } from 'pg';
import { EventStore } from '@app/event-store';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { dossiersProjection } from './dossiers/dossiers.projection';
import { orgUnitsProjection } from './org-units/org-units.projection';
import { ProjectionRunner } from './runner/projection-runner';

/** The checkpoint of the runner that keeps `org_units` and `dossiers` current. */
export const READ_MODELS_CHECKPOINT = 'read-models';

export interface ReadModelsRunnerOptions {
  pool: Pool;
  store: EventStore;
  checkpoints?: CheckpointStore;
  batchSize?: number;
  onError?: (error: unknown) => void;
}

/**
 * Both read models behind one checkpoint: the log is read once for both, and a dossier and the
 * organisations it names are always equally up to date.
 */
export function readModelsRunner(options: ReadModelsRunnerOptions): ProjectionRunner {
  return new ProjectionRunner({
    name: READ_MODELS_CHECKPOINT,
    projections: [orgUnitsProjection, dossiersProjection],
    store: options.store,
    pool: options.pool,
    checkpoints: options.checkpoints ?? new CheckpointStore(options.pool),
    batchSize: options.batchSize,
    onError: options.onError,
  });
}
