import { CliUsageError } from '../cli-command';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `--from` / `--to`: an ISO 8601 instant with its offset, or a calendar date (UTC). A date as
 * `--to` includes that whole day, so `--from 2026-01-01 --to 2026-12-31` is the year 2026.
 */
export function windowBound(option: 'from' | 'to', value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = DATE.test(value) ? new Date(`${value}T00:00:00.000Z`) : INSTANT.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) {
    throw new CliUsageError(`--${option} ${JSON.stringify(value)} is neither a date (YYYY-MM-DD) nor an ISO 8601 instant with offset`);
  }
  if (option === 'to' && DATE.test(value)) parsed.setUTCDate(parsed.getUTCDate() + 1);
  return parsed;
}
