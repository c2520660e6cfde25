import { Actor, DeciderContext, stamp, UserActor } from '../actors/actor';
import { Decider } from '../decider/decider';
import { NOMINEE_KEY_PATTERN, NOMINEE_KINDS } from '../dossiers/payloads/award-nomination.payload';
import { InvalidCommand, InvalidTransition, NotAllowed } from '../errors/domain.errors';
import { AWARD_FORMS } from '../rules/rule-set';
import { EMULATION_TITLES, RATINGS } from './award-rules';
import { HonoursCommand, RecordAnnualResult, RecordPriorAward } from './honours.commands';
import { AnnualResultRecorded, HonoursEvent, PriorAwardRecorded } from './honours.events';
import { evolveHonours } from './honours.evolve';
import { Honours, initialHonoursState } from './honours.state';

export const NOMINEE_KEY = NOMINEE_KEY_PATTERN;
/** Years a record may name: results and prior awards can predate the movement. */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;

/**
 * A nominee's record (`honours-<nomineeKey>`): yearly ratings with the titles conferred, and
 * awards decided before or outside this system. Entered by a reviewer or an administrator from
 * the decisions they cite; a correction keeps what it replaced.
 */
export function decideHonours(command: HonoursCommand, state: Honours, ctx: DeciderContext): HonoursEvent[] {
  requireRecorder(ctx.actor);
  const { nomineeKey, nomineeKind } = command.data;
  if (typeof nomineeKey !== 'string' || !NOMINEE_KEY.test(nomineeKey)) {
    throw new InvalidCommand('nomineeKey', 'letters, digits, ".", "-" and "_"');
  }
  if (!NOMINEE_KINDS.includes(nomineeKind)) throw new InvalidCommand('nomineeKind', `one of ${NOMINEE_KINDS.join(', ')}`);
  if (command.data.orgId !== undefined) requireText(command.data.orgId, 'orgId');
  if (state.status === 'recorded' && (state.nomineeKey !== nomineeKey || state.nomineeKind !== nomineeKind)) {
    throw new InvalidCommand('nomineeKind', `the record of ${state.nomineeKey} is of a ${state.nomineeKind}`);
  }
  const { type } = command;
  switch (type) {
    case 'RecordAnnualResult':
      return [recordResult(command, state, ctx)];
    case 'RecordPriorAward':
      return [recordPriorAward(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown honours command ${String(unknown)}`);
    }
  }
}

function recordResult(command: RecordAnnualResult, state: Honours, ctx: DeciderContext): AnnualResultRecorded {
  const { nomineeKey, nomineeKind, year, rating, basisRef, comment } = command.data;
  const org = orgOf(command);
  requireYear(year);
  if (!RATINGS.includes(rating)) throw new InvalidCommand('rating', `one of ${RATINGS.join(', ')}`);
  const titles = [...(command.data.titles ?? [])];
  if (!titles.every((t) => EMULATION_TITLES.includes(t)) || new Set(titles).size !== titles.length) {
    throw new InvalidCommand('titles', `distinct titles among ${EMULATION_TITLES.join(', ')}`);
  }
  requireText(basisRef, 'basisRef');
  const previous = state.status === 'recorded' ? state.results[year] : undefined;
  if (previous && (comment === undefined || comment.trim() === '')) {
    throw new InvalidCommand('comment', `correcting ${year} needs a reason`);
  }
  if (previous && previous.rating === rating && previous.basisRef === basisRef.trim() && sameTitles(previous.titles, titles)) {
    throw new InvalidTransition(command.type, state.status, `${year} is already so`);
  }
  const replaces = previous ? { replaces: { rating: previous.rating, titles: previous.titles, basisRef: previous.basisRef } } : {};
  return {
    type: 'AnnualResultRecorded',
    data: { nomineeKey, nomineeKind, ...org, year, rating, titles, basisRef: basisRef.trim(), ...replaces, ...stamp(ctx, comment) },
  };
}

function recordPriorAward(command: RecordPriorAward, state: Honours, ctx: DeciderContext): PriorAwardRecorded {
  const { nomineeKey, nomineeKind, form, year, achievementKey, decisionRef, comment } = command.data;
  requireYear(year);
  if (!AWARD_FORMS.includes(form)) throw new InvalidCommand('form', `one of ${AWARD_FORMS.join(', ')}`);
  requireText(achievementKey, 'achievementKey');
  requireText(decisionRef, 'decisionRef');
  if (state.status === 'recorded' && state.priorAwards.some((a) => a.achievementKey === achievementKey.trim())) {
    throw new InvalidTransition(command.type, state.status, `an award for ${achievementKey} is already recorded`);
  }
  const refs = { achievementKey: achievementKey.trim(), decisionRef: decisionRef.trim() };
  return { type: 'PriorAwardRecorded', data: { nomineeKey, nomineeKind, ...orgOf(command), form, year, ...refs, ...stamp(ctx, comment) } };
}

const orgOf = (command: HonoursCommand): { orgId?: string } => (command.data.orgId !== undefined ? { orgId: command.data.orgId.trim() } : {});

/** A reviewer (the emulation council's secretariat) or an administrator, acting in a role they hold. */
function requireRecorder(actor: Actor): UserActor {
  if (actor.role === 'system') throw new NotAllowed('requires_reviewer', 'acting as system');
  if (!actor.roles.includes(actor.role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${actor.role}`);
  if (actor.role === 'submitter') throw new NotAllowed('requires_reviewer', 'acting as submitter');
  return actor;
}

function requireYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new InvalidCommand('year', `an integer from ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidCommand(field, 'must not be empty');
}

const sameTitles = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t) => b.includes(t));

export const honoursDecider: Decider<Honours, HonoursCommand, HonoursEvent, DeciderContext> = {
  initialState: initialHonoursState,
  decide: decideHonours,
  evolve: evolveHonours,
};
