import { existsSync } from 'node:fs';
import { ExportRefused, ExportSelection, exportBundle, ExportSelectionError, SealingRefused, SealKeyError, loadOrCreateSealKey, writeBundleFile } from '@app/audit';
import { CliCommand, CliUsageError } from '../cli-command';
import { cliArguments } from './cli-arguments';
import { cliSettings, openCliDatabase } from './cli-database';
import { windowBound } from './export-window';
import { sealerOf } from './sealer-of';

function selectionOf(values: { dossier?: string; org?: string; from?: string; to?: string }): ExportSelection {
  if (values.dossier !== undefined && values.org !== undefined) throw new CliUsageError(`--dossier ${JSON.stringify(values.dossier)} and --org ${JSON.stringify(values.org)}: give one or the other`);
  const selection: ExportSelection = { dossier: values.dossier, org: values.org, from: windowBound('from', values.from), to: windowBound('to', values.to) };
  if (!selection.dossier && !selection.org && !selection.from && !selection.to) throw new CliUsageError('nothing selected: give --dossier, --org, or --from/--to');
  if (selection.from && selection.to && selection.from >= selection.to) throw new CliUsageError(`--from ${JSON.stringify(values.from)} is not before --to ${JSON.stringify(values.to)}`);
  return selection;
}

function defaultFile(selection: ExportSelection, now: Date): string {
  const what = selection.dossier ? `dossier-${selection.dossier}` : selection.org ? `org-${selection.org}` : 'window';
  return `audit-bundle-${what.replace(/[^A-Za-z0-9_.-]/g, '_')}-${now.toISOString().replace(/[:.]/g, '').slice(0, 15)}Z.jsonl`;
}

/** npm run cli -- export --dossier ID | --org ID [--from DATE] [--to DATE] [--out FILE] */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write an audit bundle (events, seals, Merkle proofs, public key) that verify-bundle checks offline',
  usage: 'export (--dossier ID | --org ID) [--from DATE|INSTANT] [--to DATE|INSTANT] [--out FILE]',
  async run(args) {
    const { values } = cliArguments(args, {
      dossier: { type: 'string' },
      org: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
    });
    const selection = selectionOf(values);
    const settings = cliSettings();
    const file = values.out ?? defaultFile(selection, new Date());
    if (existsSync(file)) throw new CliUsageError(`--out ${JSON.stringify(file)}: the file exists`);
    const database = await openCliDatabase(settings);
    const { sealer, store } = sealerOf(settings, database.pool);
    try {
      const key = loadOrCreateSealKey(settings.SEAL_KEY_FILE);
      const summary = await writeBundleFile(file, (sink) => exportBundle({ pool: database.pool, sealer, key, selection, sink }));
      console.log(`wrote ${file}: ${summary.events} events of ${summary.streams} stream(s), ${summary.seals} seal(s), sealed through position ${summary.sealedThrough}`);
      console.log(`signed by key ${key.fingerprint}; check it offline with: npm run cli -- verify-bundle ${file}`);
      return 0;
    } catch (error) {
      if (error instanceof ExportSelectionError || error instanceof SealKeyError) throw new CliUsageError(error.message);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliUsageError(`--out ${JSON.stringify(file)}: the file exists`);
      if (!(error instanceof ExportRefused || error instanceof SealingRefused)) throw error;
      console.error(error.message);
      return 1;
    } finally {
      await store.close();
      await database.close();
    }
  },
};
