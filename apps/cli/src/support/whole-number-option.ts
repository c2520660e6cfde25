import { CliUsageError } from '../cli-command';

/** `--name N`: a whole number of at least `min`, or undefined when absent; anything else is a usage error naming it. */
export function wholeNumberOption(values: Record<string, unknown>, name: string, min = 1): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min) {
    throw new CliUsageError(`--${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}
