import { deadlineClock, vietnamWorkingCalendar } from '../calendar';
import { DEFAULT_RULE_SETS } from './default-rule-sets';
import { millisecondRuleSet } from './millisecond-rule-set';
import { RuleSetValidationError } from './rule-set.errors';
import { authorityLevels, stepDeadline } from './rule-set.lookup';

describe('millisecondRuleSet', () => {
  const fast = millisecondRuleSet(DEFAULT_RULE_SETS[1], {
    version: 'test-fast',
    stepMs: 3_000,
    reminderLeadMs: 1_000,
    escalationGraceMs: 500,
  });

  it('runs a step in seconds on the same clock interface', () => {
    const clock = deadlineClock(vietnamWorkingCalendar());
    const start = new Date('2026-02-17T02:00:00.000Z'); // lunar new year's day: no effect in ms
    const due = clock.dueAt(start, stepDeadline(fast, 'award_nomination', 'central_council'));
    expect(due.getTime() - start.getTime()).toBe(3_000);
    expect(due.getTime() - clock.remindAt(due, fast.reminderLead).getTime()).toBe(1_000);
  });

  it('keeps the authority of the base set', () => {
    expect(authorityLevels(fast, 'award_nomination', 'labour_medal')).toEqual(['central_council']);
  });

  it('refuses a reminder lead longer than the step', () => {
    expect(() =>
      millisecondRuleSet(DEFAULT_RULE_SETS[1], { version: 'bad', stepMs: 1_000, reminderLeadMs: 2_000, escalationGraceMs: 0 }),
    ).toThrow(RuleSetValidationError);
  });
});
