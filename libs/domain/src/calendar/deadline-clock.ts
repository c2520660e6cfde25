import { amountOf, DurationUnit, StepDuration, unitOf } from './step-duration';
import { assertInstant } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';

/**
 * Turns rule-set durations into instants. One interface whether a step lasts working days (real
 * use) or milliseconds (tests, demos), so deciders and workflows never branch on the unit.
 */
export interface DeadlineClock {
  /** When a step started at `start` and lasting `length` is due. */
  dueAt(start: Date, length: StepDuration): Date;
  /** When to remind: `lead` before `due`. */
  remindAt(due: Date, lead: StepDuration): Date;
  /**
   * What is left of a step at `at`, in the unit of its length, never negative. Record it when a
   * hold begins: whole working days after at's local date up to the due date, or milliseconds.
   */
  remainingAt(at: Date, due: Date, unit: DurationUnit): StepDuration;
  /**
   * The new due date when a hold is released: the clock stopped while on hold, so the remainder
   * at `heldAt` is added again from `releasedAt`.
   */
  dueAfterHold(hold: { due: Date; heldAt: Date; releasedAt: Date; unit: DurationUnit }): Date;
}

export function deadlineClock(calendar: WorkingCalendar): DeadlineClock {
  const dueAt = (start: Date, length: StepDuration): Date => {
    assertInstant(start, 'start');
    return unitOf(length) === 'workingDays'
      ? calendar.addWorkingDays(start, amountOf(length))
      : new Date(start.getTime() + checkedMs(amountOf(length)));
  };

  const remainingAt = (at: Date, due: Date, unit: DurationUnit): StepDuration => {
    assertInstant(at, 'at');
    assertInstant(due, 'due');
    // An overdue step resumes with nothing left: due at the end of the release day (or at once).
    return unit === 'workingDays'
      ? { workingDays: Math.max(0, calendar.workingDaysBetween(at, due)) }
      : { milliseconds: Math.max(0, due.getTime() - at.getTime()) };
  };

  return {
    dueAt,
    remainingAt,
    remindAt(due, lead) {
      assertInstant(due, 'due');
      return unitOf(lead) === 'workingDays'
        ? calendar.subtractWorkingDays(due, amountOf(lead))
        : new Date(due.getTime() - checkedMs(amountOf(lead)));
    },
    dueAfterHold({ due, heldAt, releasedAt, unit }) {
      assertInstant(releasedAt, 'releasedAt');
      if (releasedAt.getTime() < heldAt.getTime()) throw new RangeError('releasedAt is before heldAt');
      return dueAt(releasedAt, remainingAt(heldAt, due, unit));
    },
  };
}

function checkedMs(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`milliseconds must be a non-negative integer, got ${ms}`);
  return ms;
}
