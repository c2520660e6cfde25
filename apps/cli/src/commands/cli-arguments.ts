import { parseArgs, ParseArgsConfig } from 'node:util';
import { CliUsageError } from '../cli-command';

/** node:util parseArgs, strict, with its complaints (which name the bad option) as usage errors. */
export function cliArguments<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
}
