import { eventsBehindFrontier, SealingRefused, SealKeyError } from '@app/audit';
import { CliCommand, CliUsageError } from '../cli-command';
import { cliArguments } from './cli-arguments';
import { cliSettings, openCliDatabase } from './cli-database';
import { sealerOf } from './sealer-of';

/** npm run cli -- seal */
export const sealCommand: CliCommand = {
  name: 'seal',
  summary: 'seal now every event appended since the last seal (as the worker does every SEAL_INTERVAL_MS)',
  usage: 'seal',
  async run(args) {
    cliArguments(args, {});
    const settings = cliSettings();
    if (settings.EVENT_STORE !== 'postgres') throw new CliUsageError(`EVENT_STORE="${settings.EVENT_STORE}": seals are made over the PostgreSQL event store only`);
    const database = await openCliDatabase(settings);
    const { sealer, store } = sealerOf(settings, database.pool);
    try {
      const run = await sealer.sealPending({ wait: true });
      for (const seal of run.sealed) {
        console.log(`sealed ${seal.sealNumber}: ${seal.count} events at positions ${seal.fromPosition}..${seal.toPosition}, Merkle root ${seal.merkleRoot}`);
      }
      if (run.sealed.length === 0) console.log(run.last ? `nothing to seal: seal ${run.last.sealNumber} covers the log through position ${run.last.toPosition}` : 'nothing to seal: the log is empty');
      if (run.last) console.log(`signed by key ${run.last.publicKeyFingerprint}; seals written to ${settings.SEAL_DIR}`);
      const waiting = await eventsBehindFrontier(database.pool);
      if (waiting > 0) console.log(`${waiting} event(s) wait behind transactions still open on the server; the next seal takes them once those end`);
      return 0;
    } catch (error) {
      if (error instanceof SealKeyError) throw new CliUsageError(error.message);
      if (!(error instanceof SealingRefused)) throw error;
      console.error(error.message);
      return 1;
    } finally {
      await store.close();
      await database.close();
    }
  },
};
