import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { OtherReplayInProgress, ReplayAlreadyRunning, ShadowOutOfDate, UnknownReadModel } from '@app/projections/replay/replay.errors';
import { CliCommand } from '../cli-command';
import { wholeNumberOption } from '../support/whole-number-option';
import { cliArguments } from './cli-arguments';
import { openCliPlatform } from '../support/cli-platform';
import { ReplayProgressBar } from '../support/replay-progress-bar';
import { stopOnSignals } from '../support/stop-request';

/**
 * npm run cli -- replay [projection…] [--restart] [--batch-size N]
 *
 * Rebuilds read models from position 0 into shadow tables while the service keeps serving, then
 * swaps them in atomically. Ctrl-C stops after the batch in flight; running it again resumes.
 * It writes read models only: no job is enqueued and no webhook delivered.
 */
export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'rebuild read models from the log into new tables, then switch over atomically (resumable)',
  usage: 'replay [org_units|dossiers|escalations …] [--restart] [--batch-size N]',
  async run(args) {
    const { values: flags, positionals: names } = cliArguments(args, { restart: { type: 'boolean' }, 'batch-size': { type: 'string' } }, true);
    const batchSize = wholeNumberOption(flags, 'batch-size');
    const platform = await openCliPlatform();
    const bar = new ReplayProgressBar();
    const stop = stopOnSignals(() => console.error('\nstopping after the batch in flight (Ctrl-C again to quit at once)…'));
    const started = Date.now();
    try {
      const outcome = await replayReadModels({
        pool: platform.pool,
        store: platform.store,
        only: names,
        restart: flags.restart === true,
        batchSize,
        onProgress: (progress) => bar.update(progress),
        shouldStop: stop.requested,
      });
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      const pace = `${outcome.events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${Math.round(outcome.events / Math.max(seconds, 0.001)).toLocaleString('en-US')} events/s)`;
      if (outcome.status === 'stopped') {
        console.log(`stopped at position ${outcome.position} after ${pace}; run the same command again to resume`);
        return 130;
      }
      console.log(`rebuilt ${names.length > 0 ? names.join(', ') : 'every read model'}: ${pace}; swapped in at position ${outcome.position}`);
      return 0;
    } catch (error) {
      bar.stop();
      if (error instanceof UnknownReadModel || error instanceof OtherReplayInProgress) {
        console.error(error.message);
        return 2;
      }
      if (error instanceof ReplayAlreadyRunning || error instanceof ShadowOutOfDate) {
        console.error(error.message);
        return 1;
      }
      throw error;
    } finally {
      stop.dispose();
      await platform.close();
    }
  },
};
