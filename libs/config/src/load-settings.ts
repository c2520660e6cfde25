import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { productionProblems } from './production.check';
import { Settings } from './settings';
import { tokenKeyProblems } from './token-keys.check';

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

/** Settings without a default, which an instance does not list among its keys. */
const OPTIONAL = ['DATABASE_URL', 'EVENTSTORE_URL', 'RULE_SETS_FILE', 'SCORING_RULE_SETS_FILE', 'AWARD_RULE_SETS_FILE', 'JWT_PUBLIC_KEYS', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'WEBHOOK_ALLOW_PRIVATE'];

/** Reads settings from an environment (process.env by default); unknown variables are ignored. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const known = Object.keys(new Settings()).concat(OPTIONAL);
  const given = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.includes(key) && value !== ''));
  const settings = plainToInstance(Settings, given, { exposeDefaultValues: true });
  const problems = validateSync(settings, { forbidUnknownValues: true }).map((error) => describe(error, given));
  if (settings.EVENT_STORE === 'eventstoredb' && !settings.EVENTSTORE_URL) {
    problems.push('EVENTSTORE_URL is required when EVENT_STORE=eventstoredb');
  }
  if (problems.length > 0) throw new InvalidSettings(problems);
  const consistency = [...tokenKeyProblems(settings), ...productionProblems(settings)];
  if (consistency.length > 0) throw new InvalidSettings(consistency);
  // Tests and development receive webhooks on 127.0.0.1; production must opt in to private addresses.
  settings.WEBHOOK_ALLOW_PRIVATE ??= settings.NODE_ENV !== 'production';
  return settings;
}
