import { deadlineClock } from '../../calendar/deadline-clock';
import { vietnamWorkingCalendar } from '../../calendar/vietnam-working-calendar';
import { DEFAULT_RULE_SETS } from '../../rules/default-rule-sets';
import { millisecondRuleSet } from '../../rules/millisecond-rule-set';
import { UnknownRuleSetVersionError } from '../../rules/rule-set.errors';
import { deadlinePolicies, deadlinePolicy } from './deadline-policy';

const clock = deadlineClock(vietnamWorkingCalendar());
const endOf = (date: string): string => new Date(`${date}T23:59:59.999+07:00`).toISOString();
const rules = DEFAULT_RULE_SETS.find((set) => set.version === 'vn-ec-2025.07')!;

describe('deadline policy of a rule set', () => {
  const policy = deadlinePolicy(rules, clock);

  it('reminds the reminder lead in working days before the due date', () =>
    // Due Monday 9 March 2026: two working days before is Thursday 5 March.
    expect(policy.reminderAt(endOf('2026-03-09'))).toBe(endOf('2026-03-05')));

  it('escalates at the due date, then once per grace period in working days', () => {
    const due = endOf('2026-03-06'); // a Friday
    expect([1, 2, 3].map((attempt) => policy.escalationAt(due, attempt))).toEqual([due, endOf('2026-03-09'), endOf('2026-03-10')]);
  });

  it('skips public holidays', () =>
    // 30 April and 1 May 2026 are days off.
    expect(policy.escalationAt(endOf('2026-04-29'), 2)).toBe(endOf('2026-05-04')));

  it('refuses an attempt below 1', () => expect(() => policy.escalationAt(endOf('2026-03-06'), 0)).toThrow(RangeError));

  it('tells consultations from the rule set', () => {
    expect(policy.silenceIsConsent('implementation_plan', 'central_council')).toBe(true);
    expect(policy.silenceIsConsent('implementation_plan', 'ministry')).toBe(false);
    expect(policy.silenceIsConsent('award_nomination', 'central_council')).toBe(false);
  });

  it('counts plain milliseconds for a test rule set', () => {
    const fast = deadlinePolicy(
      millisecondRuleSet(rules, { version: 'ms', stepMs: 5_000, reminderLeadMs: 1_000, escalationGraceMs: 2_000 }),
      clock,
    );
    const due = '2026-03-07T03:00:05.000Z'; // a Saturday: the calendar plays no part
    expect(fast.reminderAt(due)).toBe('2026-03-07T03:00:04.000Z');
    expect(fast.escalationAt(due, 3)).toBe('2026-03-07T03:00:09.000Z');
  });
});

describe('deadline policies by version', () => {
  const policies = deadlinePolicies(DEFAULT_RULE_SETS, clock);

  it('picks the version a dossier runs under', () =>
    expect(policies('vn-ec-2024.07').silenceIsConsent('preliminary_summary', 'central_council')).toBe(false));

  it('refuses an unknown version', () => expect(() => policies('nope')).toThrow(UnknownRuleSetVersionError));
});
