import { Actor, stamp } from '../actors/actor';
import { requireRole } from '../actors/actor.policy';
import { Decider } from '../decider/decider';
import { InvalidCommand } from '../errors/domain.errors';
import { ErasePersonalData, PersonalDataCommand } from './personal-data.commands';
import { PersonalDataAlreadyErased, UnknownPersonalSubject } from './personal-data.errors';
import { PersonalDataErased, PersonalDataEvent } from './personal-data.events';
import { evolvePersonalData } from './personal-data.evolve';
import { PersonalDataContext, PersonalDataState } from './personal-data.state';
import { assertPersonalSubject } from './personal-subject';

const REASON_MAX_LENGTH = 1000;

/**
 * One stream per person (`person-<subject>`). Erasure is for a national administrator (the API's
 * access policy) or the operator at the console (the system); it happens once.
 */
export function decideErasePersonalData(command: ErasePersonalData, state: PersonalDataState, ctx: PersonalDataContext): PersonalDataErased[] {
  requireEraser(ctx.actor);
  const { subject } = command.data;
  assertPersonalSubject(subject);
  const reason = typeof command.data.reason === 'string' ? command.data.reason.trim() : '';
  if (reason === '') throw new InvalidCommand('reason', 'must not be empty');
  if (reason.length > REASON_MAX_LENGTH) throw new InvalidCommand('reason', `at most ${REASON_MAX_LENGTH} characters`);
  if (state.status === 'erased') throw new PersonalDataAlreadyErased(subject, state.erasedAt);
  if (ctx.key === 'unknown') throw new UnknownPersonalSubject(subject);
  return [{ type: 'PersonalDataErased', data: { subject, reason, ...stamp(ctx) } }];
}

function requireEraser(actor: Actor): void {
  if (actor.role !== 'system') requireRole(actor, 'admin');
}

export const personalDataDecider: Decider<PersonalDataState, PersonalDataCommand, PersonalDataEvent, PersonalDataContext> = {
  initialState: () => ({ status: 'on_record' }),
  decide: (command, state, ctx) => {
    const { type } = command;
    switch (type) {
      case 'ErasePersonalData':
        return decideErasePersonalData(command, state, ctx);
      default: {
        const unknown: never = type;
        throw new InvalidCommand('type', `unknown personal data command ${String(unknown)}`);
      }
    }
  },
  evolve: evolvePersonalData,
};
