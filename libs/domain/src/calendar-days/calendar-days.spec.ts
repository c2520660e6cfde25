import { Stamp, UserActor } from '../actors/actor';
import { InvalidCommand, InvalidTransition, NotAllowed } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { calendarDaysDecider } from './calendar-days';

const admin: UserActor = { userId: 'admin-1', orgId: 'central-council', roles: ['admin'], role: 'admin' };
const at = new Date('2026-12-01T03:00:00.000Z');
const spec = deciderSpec(calendarDaysDecider, () => ({ now: at, actor: admin }));
const stampOf: Stamp = { by: { userId: 'admin-1', role: 'admin', orgId: 'central-council' }, at: at.toISOString() };

describe('calendar days', () => {
  it('records a day off declared by an administrator', () => {
    spec
      .given([])
      .when({ type: 'SetCalendarDay', data: { date: '2027-09-03', kind: 'day_off', reason: 'National Day bridge' } })
      .then([{ type: 'CalendarDaySet', data: { date: '2027-09-03', kind: 'day_off', reason: 'National Day bridge', ...stampOf } }]);
  });

  it('lets a later declaration change the same day', () => {
    spec
      .given([{ type: 'CalendarDaySet', data: { date: '2027-09-03', kind: 'day_off', reason: 'bridge', ...stampOf } }])
      .when({ type: 'SetCalendarDay', data: { date: '2027-09-03', kind: 'working_day', reason: 'notice withdrawn' } })
      .then([{ type: 'CalendarDaySet', data: { date: '2027-09-03', kind: 'working_day', reason: 'notice withdrawn', ...stampOf } }]);
  });

  it('refuses repeating exactly what is already recorded', () => {
    spec
      .given([{ type: 'CalendarDaySet', data: { date: '2027-09-03', kind: 'day_off', reason: 'bridge', ...stampOf } }])
      .when({ type: 'SetCalendarDay', data: { date: '2027-09-03', kind: 'day_off', reason: 'bridge' } })
      .thenThrows(InvalidTransition);
  });

  it.each([
    [{ date: '2027-13-01', kind: 'day_off', reason: 'x' }],
    [{ date: '2027-09-03', kind: 'holiday', reason: 'x' }],
    [{ date: '2027-09-03', kind: 'day_off', reason: ' ' }],
  ])('refuses %j', (data) => {
    spec.given([]).when({ type: 'SetCalendarDay', data } as never).thenThrows(InvalidCommand);
  });

  it('refuses anyone but an administrator', () => {
    const reviewer: UserActor = { userId: 'r', orgId: 'ministry-culture', roles: ['reviewer'], role: 'reviewer' };
    spec
      .given([])
      .when({ type: 'SetCalendarDay', data: { date: '2027-09-03', kind: 'day_off', reason: 'x' } }, { actor: reviewer })
      .thenThrows(NotAllowed);
  });
});
