import { availableParallelism } from 'node:os';
import { describeProblem, loadSealPublicKey, LogReport, MissingSealKey, SealDirectory, SealKeyError, verifyLog } from '@app/audit';
import { CliCommand, CliUsageError } from '../cli-command';
import { cliArguments } from './cli-arguments';
import { cliSettings, openCliDatabase } from './cli-database';

const number = (value: number) => value.toLocaleString('en-US');

function print(report: LogReport): void {
  const seconds = report.durationMs / 1000;
  console.log(
    `checked ${number(report.events)} events in ${number(report.streams)} streams in ${seconds.toFixed(1)} s ` +
      `(${number(Math.round(report.events / Math.max(seconds, 0.001)))} events/s${report.threads > 0 ? ` on ${report.threads} threads` : ''})`,
  );
  const last = report.lastArchivedSeal;
  console.log(
    `seals: ${number(report.databaseSeals)} in the database, ${number(report.archivedSeals)} held outside in ${report.archive}` +
      (last ? ` (last: seal ${last.sealNumber}, through position ${last.toPosition})` : '') +
      `; ${number(report.unsealedEvents)} event(s) not sealed yet`,
  );
  if (report.archivedSeals === 0 && report.databaseSeals > 0) console.log('warning: no seal is held outside, so a cut-short log cannot be detected');
  if (report.problemCount === 0) {
    console.log('OK: every stream’s hash chain links, every seal is signed and chained, and every sealed range still gives its seal');
    return;
  }
  const [first, ...others] = report.problems;
  console.log(`TAMPERED: ${describeProblem(first)}`);
  if (report.problemCount > 1) console.log(`and ${number(report.problemCount - 1)} more problem(s)${others.length < report.problemCount - 1 ? ', the first of them' : ''}:`);
  for (const problem of others) console.log(`  - ${describeProblem(problem)}`);
}

function threadsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const threads = Number(value);
  if (!/^\d+$/.test(value) || threads > 64) throw new CliUsageError(`--threads ${JSON.stringify(value)} is not a number of threads from 0 to 64`);
  return threads;
}

/** npm run cli -- verify [--threads N] [--json] */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'walk every stream’s hash chain and check the seals; names the first problem (exit 1)',
  usage: 'verify [--threads N (default: one per CPU; 0: none)] [--json]',
  async run(args) {
    const { values } = cliArguments(args, { json: { type: 'boolean', default: false }, threads: { type: 'string' } });
    const threads = threadsOf(values.threads);
    const settings = cliSettings();
    const database = await openCliDatabase(settings);
    try {
      const report = await verifyLog({
        pool: database.pool,
        archive: new SealDirectory(settings.SEAL_DIR),
        publicKey: loadSealPublicKey(settings.SEAL_KEY_FILE),
        keyFile: settings.SEAL_KEY_FILE,
        threads,
      });
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else print(report);
      return report.problemCount === 0 ? 0 : 1;
    } catch (error) {
      if (error instanceof MissingSealKey || error instanceof SealKeyError) throw new CliUsageError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};
