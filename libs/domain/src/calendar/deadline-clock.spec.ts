import { deadlineClock } from './deadline-clock';
import { milliseconds, workingDays } from './step-duration';
import { vietnamWorkingCalendar } from './vietnam-working-calendar';

const vn = (local: string): Date => new Date(`${local}+07:00`);
const endOf = (date: string): Date => vn(`${date}T23:59:59.999`);

const calendar = vietnamWorkingCalendar();
const clock = deadlineClock(calendar);

describe('deadline clock in working days', () => {
  it('computes due and reminder instants on the calendar', () => {
    const due = clock.dueAt(vn('2026-02-11T09:00'), workingDays(3));
    expect(due).toEqual(endOf('2026-02-23')); // 12, 13, then 23 Feb after the Tet break
    expect(clock.remindAt(due, workingDays(1))).toEqual(endOf('2026-02-13'));
  });

  it('records the working days left when a hold begins', () => {
    expect(clock.remainingAt(vn('2025-03-05T10:00'), endOf('2025-03-10'), 'workingDays')).toEqual(workingDays(3));
    expect(clock.remainingAt(vn('2025-03-12T10:00'), endOf('2025-03-10'), 'workingDays')).toEqual(workingDays(0));
  });

  it.each([
    ['an ordinary week', '2025-03-03T09:00', 5, '2025-03-05T10:00', '2025-03-12T15:00', '2025-03-17'],
    ['a hold over the lunar new year 2026', '2026-02-09T09:00', 8, '2026-02-12T10:00', '2026-02-24T08:00', '2026-03-03'],
    ['a hold over 30/4-1/5 2025', '2025-04-24T09:00', 5, '2025-04-28T11:00', '2025-05-06T09:00', '2025-05-08'],
  ])('moves the due date by the working days held: %s', (_case, start, length, heldAt, releasedAt, newDue) => {
    const due = clock.dueAt(vn(start), workingDays(length));
    const moved = clock.dueAfterHold({ due, heldAt: vn(heldAt), releasedAt: vn(releasedAt), unit: 'workingDays' });
    expect(moved).toEqual(endOf(newDue));
    expect(calendar.workingDaysBetween(due, moved)).toBe(calendar.workingDaysBetween(vn(heldAt), vn(releasedAt)));
  });

  it('makes a step held after its due date due at the end of the release day', () => {
    const moved = clock.dueAfterHold({
      due: endOf('2025-03-10'),
      heldAt: vn('2025-03-12T10:00'),
      releasedAt: vn('2025-03-14T10:00'),
      unit: 'workingDays',
    });
    expect(moved).toEqual(endOf('2025-03-14'));
  });

  it('refuses a release before the hold', () => {
    expect(() =>
      clock.dueAfterHold({
        due: endOf('2025-03-10'),
        heldAt: vn('2025-03-05T10:00'),
        releasedAt: vn('2025-03-04T10:00'),
        unit: 'workingDays',
      }),
    ).toThrow('releasedAt is before heldAt');
  });
});

describe('deadline clock in milliseconds (tests and demos)', () => {
  const start = new Date('2025-03-08T03:00:00.000Z'); // a Saturday: the calendar plays no part

  it('adds and subtracts plain milliseconds', () => {
    const due = clock.dueAt(start, milliseconds(5_000));
    expect(due).toEqual(new Date('2025-03-08T03:00:05.000Z'));
    expect(clock.remindAt(due, milliseconds(2_000))).toEqual(new Date('2025-03-08T03:00:03.000Z'));
  });

  it('stops the clock while on hold', () => {
    const due = clock.dueAt(start, milliseconds(5_000));
    const heldAt = new Date(start.getTime() + 2_000);
    expect(clock.remainingAt(heldAt, due, 'milliseconds')).toEqual(milliseconds(3_000));
    const releasedAt = new Date(start.getTime() + 10_000);
    expect(clock.dueAfterHold({ due, heldAt, releasedAt, unit: 'milliseconds' })).toEqual(
      new Date(start.getTime() + 13_000),
    );
  });
});
