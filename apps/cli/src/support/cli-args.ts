import { parseArgs } from 'node:util';
import { CliUsageError } from '../cli-command';

export interface ReadModelArgs {
  /** Read model names given as positionals (empty: all). */
  names: string[];
  flags: Record<string, string | boolean | undefined>;
}

/** Positionals are read model names; options as declared. A bad option is a usage error naming it. */
export function readModelArgs(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): ReadModelArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { names: positionals, flags: values as ReadModelArgs['flags'] };
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A whole number of at least `min` given as `--name`; undefined when absent. */
export function positiveInteger(flags: ReadModelArgs['flags'], name: string, min = 1): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < min) throw new CliUsageError(`--${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
  return value;
}
