import { diffReadModels, ReadModelDiff } from '@app/projections/replay/projection-diff';
import { ReplayAlreadyRunning, UnknownReadModel } from '@app/projections/replay/replay.errors';
import { RowDifference } from '@app/projections/replay/table-comparison';
import { CliCommand } from '../cli-command';
import { wholeNumberOption } from '../support/whole-number-option';
import { cliArguments } from './cli-arguments';
import { openCliPlatform } from '../support/cli-platform';
import { ReplayProgressBar } from '../support/replay-progress-bar';
import { stopOnSignals } from '../support/stop-request';

/**
 * npm run cli -- diff-projections [projection…] [--show N] [--batch-size N]
 *
 * Rebuilds read models into scratch tables and compares them with the live ones row by row, at
 * the live checkpoint. Exit 0 with no difference, 1 with any (each is printed, up to --show per
 * read model).
 */
export const diffProjectionsCommand: CliCommand = {
  name: 'diff-projections',
  summary: 'rebuild read models into scratch tables and compare them with the live ones row by row',
  usage: 'diff-projections [org_units|dossiers|escalations …] [--show N] [--batch-size N]',
  async run(args) {
    const { values: flags, positionals: names } = cliArguments(args, { show: { type: 'string' }, 'batch-size': { type: 'string' } }, true);
    const show = wholeNumberOption(flags, 'show', 0) ?? 20;
    const batchSize = wholeNumberOption(flags, 'batch-size');
    const platform = await openCliPlatform();
    const bar = new ReplayProgressBar();
    const stop = stopOnSignals(() => console.error('\nstopping…'));
    try {
      const outcome = await diffReadModels({
        pool: platform.pool,
        store: platform.store,
        only: names,
        show,
        batchSize,
        onProgress: (progress) => bar.update(progress),
        shouldStop: stop.requested,
      });
      bar.stop();
      if (!outcome.compared) {
        console.log('stopped before comparing; nothing was compared');
        return 130;
      }
      console.log(`compared at position ${outcome.position}`);
      for (const model of outcome.readModels) printModel(model);
      console.log(`${outcome.differences} difference${outcome.differences === 1 ? '' : 's'}`);
      return outcome.differences === 0 ? 0 : 1;
    } catch (error) {
      bar.stop();
      if (error instanceof UnknownReadModel || error instanceof ReplayAlreadyRunning) {
        console.error(error.message);
        return 2;
      }
      throw error;
    } finally {
      stop.dispose();
      await platform.close();
    }
  },
};

function printModel(model: ReadModelDiff): void {
  console.log(`${model.name}: ${model.liveRows} live rows, ${model.rebuiltRows} rebuilt, ${model.differences} different`);
  for (const difference of model.shown) console.log(`  ${describe(model.table, difference)}`);
  if (model.differences > model.shown.length) console.log(`  … and ${model.differences - model.shown.length} more`);
}

function describe(table: string, difference: RowDifference): string {
  const where = `${table}[${difference.key}]`;
  if (difference.kind === 'missing') return `missing ${where}: only in the rebuild ${JSON.stringify(difference.rebuilt)}`;
  if (difference.kind === 'extra') return `extra ${where}: only in the live table ${JSON.stringify(difference.live)}`;
  const columns = difference.columns.map(
    (column) => `${column}: live ${JSON.stringify(difference.live?.[column])}, rebuilt ${JSON.stringify(difference.rebuilt?.[column])}`,
  );
  return `changed ${where}: ${columns.join('; ')}`;
}
