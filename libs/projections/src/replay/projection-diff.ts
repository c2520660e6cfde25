import { Pool } from 'pg';
import { EventStore } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { ReadModel } from '../read-model';
import { READ_MODELS, READ_MODELS_CHECKPOINT } from '../read-models';
import { lockRunner } from '../runner/runner-lock';
import { selectReadModels } from './read-model-selection';
import { exclusively } from './replay-guard';
import { ProgressListener } from './replay-progress';
import { ShadowBuild } from './shadow-build';
import { shadowOf } from './shadow-tables';
import { compareTables, TableComparison } from './table-comparison';
import { inTransaction } from './transaction';

export interface DiffOptions {
  pool: Pool;
  store: EventStore;
  checkpoints?: CheckpointStore;
  /** Names of the read models to compare; all when empty. */
  only?: readonly string[];
  /** How many differing rows to return per read model (all are counted). */
  show?: number;
  batchSize?: number;
  onProgress?: ProgressListener;
  shouldStop?: () => boolean;
  runner?: string;
  models?: readonly ReadModel[];
}

export interface ReadModelDiff extends TableComparison {
  name: string;
  table: string;
}

export interface DiffOutcome {
  /** False when stopped before the comparison. */
  compared: boolean;
  /** The position both sides were compared at. */
  position: number;
  readModels: ReadModelDiff[];
  differences: number;
}

const SUFFIX = '__diff';

/**
 * Rebuilds read models from position 0 into scratch tables, brings them to exactly the live
 * checkpoint while holding the live runner's lock (so neither side moves), and compares them with
 * the live tables row by row. A correct projection gives zero differences. The scratch tables
 * are dropped afterwards; nothing live is written.
 */
export async function diffReadModels(options: DiffOptions): Promise<DiffOutcome> {
  const { pool } = options;
  const runner = options.runner ?? READ_MODELS_CHECKPOINT;
  const selected = selectReadModels(options.models ?? READ_MODELS, options.only ?? []);
  const checkpoints = options.checkpoints ?? new CheckpointStore(pool);
  const build = new ShadowBuild({ ...options, checkpoints, runner, models: selected, suffix: SUFFIX });

  return exclusively(pool, build.checkpoint, async () => {
    await build.start();
    try {
      // The live side only moves forward, so filling up to where it is now never overshoots it.
      const target = (await checkpoints.load(runner)) ?? -1;
      const filled = await build.fill(target);
      if (filled.stopped) {
        await build.report('stopped');
        return { compared: false, position: filled.position, readModels: [], differences: 0 };
      }
      const outcome = await inTransaction(pool, async (tx) => {
        await lockRunner(tx, runner);
        const position = (await checkpoints.load(runner, tx)) ?? -1;
        await build.catchUp(tx, position);
        await build.report('comparing');
        const readModels: ReadModelDiff[] = [];
        for (const model of selected) {
          const comparison = await compareTables(tx, model.table, shadowOf(model.table, SUFFIX), model.keyColumn, options.show ?? 20);
          readModels.push({ name: model.name, table: model.table, ...comparison });
        }
        return { compared: true, position, readModels, differences: readModels.reduce((sum, diff) => sum + diff.differences, 0) };
      });
      await build.report('done');
      return outcome;
    } finally {
      await build.discard(pool);
    }
  });
}
