import { readFile } from 'node:fs/promises';
import { verifyBundle } from '@app/audit/bundle/bundle-verifier';
import { readPublicKey, SealKeyError } from '@app/audit/keys/seal-key-file';
import { CliCommand, CliUsageError } from '../cli-command';
import { cliArguments } from './cli-arguments';

const FINGERPRINT = /^[0-9a-fA-F]{64}$/;

function trustedFingerprint(values: { 'public-key'?: string; fingerprint?: string }): string | undefined {
  if (values.fingerprint !== undefined && !FINGERPRINT.test(values.fingerprint)) {
    throw new CliUsageError(`--fingerprint ${JSON.stringify(values.fingerprint)} is not 64 hex digits`);
  }
  if (values['public-key'] === undefined) return values.fingerprint;
  try {
    return readPublicKey(values['public-key']).fingerprint;
  } catch (error) {
    throw new CliUsageError(`--public-key ${JSON.stringify(values['public-key'])}: ${(error as SealKeyError).message}`);
  }
}

/**
 * npm run cli -- verify-bundle FILE [--public-key PEM | --fingerprint HEX]
 * Offline: reads no setting, opens no database; only the file (and the key to trust, if given).
 */
export const verifyBundleCommand: CliCommand = {
  name: 'verify-bundle',
  summary: 'check an audit bundle offline, with nothing but the file (exit 1 when it does not verify)',
  usage: 'verify-bundle FILE [--public-key PEM-FILE | --fingerprint HEX]',
  async run(args) {
    const { values, positionals } = cliArguments(args, { 'public-key': { type: 'string' }, fingerprint: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new CliUsageError(positionals.length === 0 ? 'no bundle file given' : `one bundle file at a time, got ${positionals.map((file) => JSON.stringify(file)).join(' ')}`);
    const [file] = positionals;
    const trusted = trustedFingerprint(values);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliUsageError(`${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    const result = verifyBundle(bytes, { trustedFingerprint: trusted });
    if (!result.ok) {
      console.log(`NOT VERIFIED: ${file}`);
      for (const problem of result.problems) console.log(`  - ${problem}`);
      return 1;
    }
    const header = result.header!;
    const selection = Object.entries(header.selection).map(([key, value]) => `${key} ${value}`).join(', ');
    console.log(`OK: ${file} verifies offline`);
    console.log(`  ${selection}: ${header.events} events of ${header.streams.length} stream(s), ${header.seals} seal(s), sealed through position ${header.sealedThrough}, exported ${header.exportedAt}`);
    console.log(
      trusted
        ? `  signed by the trusted key ${header.publicKeyFingerprint}`
        : `  signed by key ${header.publicKeyFingerprint}: compare it with the key published for the seals (or pass --public-key / --fingerprint)`,
    );
    return 0;
  },
};
