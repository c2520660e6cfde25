import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { Settings } from './settings';

export class InvalidSettings extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function describe(error: ValidationError, env: NodeJS.ProcessEnv): string {
  const value = JSON.stringify(env[error.property] ?? error.value);
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  return `${error.property}=${value}: ${reasons}`;
}

/** Reads settings from an environment (process.env by default); unknown variables are ignored. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const known = Object.keys(new Settings()).concat('DATABASE_URL', 'EVENTSTORE_URL', 'RULE_SETS_FILE');
  const given = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.includes(key) && value !== ''));
  const settings = plainToInstance(Settings, given, { exposeDefaultValues: true });
  const problems = validateSync(settings, { forbidUnknownValues: true }).map((error) => describe(error, given));
  if (settings.EVENT_STORE === 'eventstoredb' && !settings.EVENTSTORE_URL) {
    problems.push('EVENTSTORE_URL is required when EVENT_STORE=eventstoredb');
  }
  if (problems.length > 0) throw new InvalidSettings(problems);
  return settings;
}
