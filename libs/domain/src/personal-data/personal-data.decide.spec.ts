import { Stamp, systemActor, UserActor } from '../actors/actor';
import { InvalidCommand, NotAllowed } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { personalDataDecider } from './personal-data.decide';
import { PersonalDataAlreadyErased, UnknownPersonalSubject } from './personal-data.errors';
import { PersonalDataErased } from './personal-data.events';
import { PersonalDataContext } from './personal-data.state';

const admin: UserActor = { userId: 'admin-1', orgId: 'central-council', roles: ['admin'], role: 'admin' };
const at = new Date('2027-03-03T03:00:00.000Z');
const spec = deciderSpec(personalDataDecider, (): PersonalDataContext => ({ now: at, actor: admin, key: 'held' }));
const stampOf: Stamp = { by: { userId: 'admin-1', role: 'admin', orgId: 'central-council' }, at: at.toISOString() };
const erase = (subject = 'nv-0042', reason = 'Request of 1 March 2027') => ({ type: 'ErasePersonalData' as const, data: { subject, reason } });
const erased: PersonalDataErased = { type: 'PersonalDataErased', data: { subject: 'nv-0042', reason: 'Request of 1 March 2027', ...stampOf } };

describe('erasing a person’s data', () => {
  describe('when on record', () => {
    it('records the erasure, with its reason, by an administrator', () => {
      spec.given([]).when(erase()).then([erased]);
    });

    it('records it for the operator at the console (the system)', () => {
      spec
        .given([])
        .when(erase(), { actor: systemActor('cli:operator') })
        .then([{ type: 'PersonalDataErased', data: { subject: 'nv-0042', reason: 'Request of 1 March 2027', by: { userId: 'cli:operator', role: 'system' }, at: at.toISOString() } }]);
    });

    it('completes an erasure whose key is already destroyed but was not recorded', () => {
      spec.given([]).when(erase(), { key: 'destroyed' }).then([erased]);
    });

    it('refuses a subject the key store never knew (404)', () => {
      spec.given([]).when(erase(), { key: 'unknown' }).thenThrows(UnknownPersonalSubject, { subject: 'nv-0042', code: 'unknown_personal_subject' });
    });

    it('refuses anyone but an administrator', () => {
      const reviewer: UserActor = { userId: 'minh', orgId: 'ministry-culture', roles: ['reviewer'], role: 'reviewer' };
      spec.given([]).when(erase(), { actor: reviewer }).thenThrows(NotAllowed, { reason: 'requires_admin' });
    });

    it.each([
      ['an empty reason', erase('nv-0042', '  ')],
      ['a reason over 1000 characters', erase('nv-0042', 'x'.repeat(1001))],
      ['a subject with a space', erase('nv 0042')],
      ['a subject starting with a hyphen', erase('-nv')],
    ])('refuses %s', (_label, command) => {
      spec.given([]).when(command).thenThrows(InvalidCommand);
    });
  });

  describe('when erased', () => {
    it('refuses a second erasure (409), whatever the key store says', () => {
      spec.given([erased]).when(erase()).thenThrows(PersonalDataAlreadyErased, { subject: 'nv-0042', code: 'personal_data_already_erased' });
      spec.given([erased]).when(erase(), { key: 'destroyed' }).thenThrows(PersonalDataAlreadyErased);
    });
  });
});
