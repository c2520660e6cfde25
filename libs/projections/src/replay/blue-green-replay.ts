import { Pool, PoolClient } from 'pg';
import { EventStore } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { ReadModel } from '../read-model';
import { READ_MODELS, READ_MODELS_CHECKPOINT } from '../read-models';
import { lockRunner } from '../runner/runner-lock';
import { forEachPage } from './log-pages';
import { selectReadModels, shadowsPresent } from './read-model-selection';
import { exclusively } from './replay-guard';
import { ProgressListener } from './replay-progress';
import { OtherReplayInProgress, ShadowOutOfDate } from './replay.errors';
import { ShadowBuild } from './shadow-build';
import { columnsOf, shadowOf, swapShadowIn } from './shadow-tables';
import { ident } from './sql-identifier';
import { inTransaction } from './transaction';

export interface ReplayOptions {
  pool: Pool;
  store: EventStore;
  checkpoints?: CheckpointStore;
  /** Names of the read models to rebuild (`org_units`, `dossiers`, `escalations`); all when empty. */
  only?: readonly string[];
  /** Discards a stopped replay instead of resuming it. */
  restart?: boolean;
  batchSize?: number;
  onProgress?: ProgressListener;
  /** Asked between batches; true stops after the batch in flight has committed. */
  shouldStop?: () => boolean;
  /** The live runner and its read models; production's unless a test says otherwise. */
  runner?: string;
  models?: readonly ReadModel[];
}

export type ReplayOutcome = { status: 'swapped' | 'stopped'; position: number; events: number };

const SUFFIX = '__replay';
/** The swap's DDL waits at most this long for readers' locks; then it is tried again. */
const SWAP_LOCK_TIMEOUT = '5s';
const SWAP_ATTEMPTS = 10;
/** Gave up waiting for a lock, or chosen to break a deadlock with a reader: nothing was changed, try again. */
const RETRYABLE = new Set(['55P03', '40P01']);

/**
 * Blue/green rebuild of read models while the live system keeps serving:
 *
 * 1. fill shadow tables from position 0 in big batches, under a checkpoint of their own, until the
 *    reads reach the head of the log (stopped, it resumes there next time);
 * 2. build their secondary indexes;
 * 3. in ONE transaction: take the live runner's lock (so no live batch commits in between), apply
 *    the last events up to the live checkpoint, drop the live tables and rename the shadows into
 *    their place, save the live checkpoint at the position the new tables hold, forget the
 *    replay's checkpoint. Readers see the old tables until the commit and the new ones after.
 *
 * The live runner then goes on from the checkpoint it finds. A replay only ever writes read-model
 * tables and checkpoints: it enqueues no job and delivers no webhook (the dispatcher follows the
 * log under its own checkpoint, which a replay never touches).
 */
export async function replayReadModels(options: ReplayOptions): Promise<ReplayOutcome> {
  const { pool, store } = options;
  const runner = options.runner ?? READ_MODELS_CHECKPOINT;
  const all = options.models ?? READ_MODELS;
  const selected = selectReadModels(all, options.only ?? []);
  const checkpoints = options.checkpoints ?? new CheckpointStore(pool);
  const build = new ShadowBuild({ ...options, checkpoints, runner, models: selected, suffix: SUFFIX });

  return exclusively(pool, build.checkpoint, async () => {
    if (options.restart) {
      await build.discard(pool, all);
    } else {
      const present = await shadowsPresent(pool, all, SUFFIX);
      if (present.length > 0 && present.join() !== selected.map((model) => model.name).join()) throw new OtherReplayInProgress(present);
    }
    if ((await build.committed()) === null) await build.start();

    const filled = await build.fill();
    if (filled.stopped) {
      await build.report('stopped');
      return { status: 'stopped', position: filled.position, events: build.events };
    }
    await build.report('indexing');
    await build.index();
    const others = all.filter((model) => !selected.includes(model));
    const position = await retryWhileLocked(() => inTransaction(pool, (tx) => swap(tx, { build, checkpoints, store, runner, selected, others })));
    await build.report('done');
    return { status: 'swapped', position, events: build.events };
  });
}

interface SwapContext {
  build: ShadowBuild;
  checkpoints: CheckpointStore;
  store: EventStore;
  runner: string;
  selected: readonly ReadModel[];
  others: readonly ReadModel[];
}

async function swap(tx: PoolClient, context: SwapContext): Promise<number> {
  const { build, checkpoints, store, runner, selected, others } = context;
  await lockRunner(tx, runner);
  await tx.query(`SET LOCAL lock_timeout = '${SWAP_LOCK_TIMEOUT}'`);
  const live = (await checkpoints.load(runner, tx)) ?? -1;
  const rebuilt = await build.catchUp(tx, live);
  // The shadows went further than the live runner (it is behind, or not running): the read
  // models kept as they are must reach the same position, or they would skip those events.
  if (rebuilt > live && others.length > 0) {
    const projections = others.map((model) => model.on(model.table));
    await forEachPage(store, { from: live + 1, through: rebuilt, pageSize: build.batchSize }, async (events) => {
      for (const projection of projections) await projection.apply(events, tx);
    });
  }
  await build.report('swapping');
  // All tables at once, in name order: the order the read side's queries over several read models
  // name them (dossiers, escalations, org_units), so a reader waiting on one of them never holds
  // another that the swap is waiting for.
  const tables = selected.map((model) => model.table).sort();
  await tx.query(`LOCK TABLE ${tables.map(ident).join(', ')} IN ACCESS EXCLUSIVE MODE`);
  for (const model of selected) {
    const [current, shadow] = [await columnsOf(tx, model.table), await columnsOf(tx, shadowOf(model.table, SUFFIX))];
    if (current.join('\n') !== shadow.join('\n')) throw new ShadowOutOfDate(model.table);
    await swapShadowIn(tx, model.table, SUFFIX);
  }
  await checkpoints.save(tx, runner, rebuilt);
  await checkpoints.clear(tx, build.checkpoint);
  return rebuilt;
}

/** The swap's transaction rolled back for want of a lock: the whole of it (catch-up included) is tried again. */
async function retryWhileLocked<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!RETRYABLE.has((error as { code?: string }).code ?? '') || attempt >= SWAP_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
