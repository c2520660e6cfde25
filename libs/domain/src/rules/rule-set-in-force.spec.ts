import { deadlineClock, vietnamWorkingCalendar } from '../calendar';
import { DEFAULT_RULE_SETS } from './default-rule-sets';
import { ruleSetByVersion, ruleSetInForce } from './rule-set-in-force';
import { NoRuleSetInForceError, UnknownRuleSetVersionError } from './rule-set.errors';
import { stepDeadline } from './rule-set.lookup';

const vn = (local: string): Date => new Date(`${local}+07:00`);

describe('ruleSetInForce', () => {
  it.each([
    ['2024-07-01T00:00', 'vn-ec-2024.07'],
    ['2025-06-30T23:59:59.999', 'vn-ec-2024.07'],
    ['2025-07-01T00:00', 'vn-ec-2025.07'],
    ['2030-12-31T12:00', 'vn-ec-2025.07'],
  ])('at %s (Viet Nam time) picks %s', (at, version) => {
    expect(ruleSetInForce(DEFAULT_RULE_SETS, vn(at)).version).toBe(version);
  });

  it('switches at local midnight, which is 17:00 UTC the day before', () => {
    expect(ruleSetInForce(DEFAULT_RULE_SETS, new Date('2025-06-30T16:59:59.999Z')).version).toBe('vn-ec-2024.07');
    expect(ruleSetInForce(DEFAULT_RULE_SETS, new Date('2025-06-30T17:00:00.000Z')).version).toBe('vn-ec-2025.07');
  });

  it('does not depend on the order of the list', () => {
    expect(ruleSetInForce([...DEFAULT_RULE_SETS].reverse(), vn('2025-08-01T09:00')).version).toBe('vn-ec-2025.07');
  });

  it('refuses an instant before every rule set', () => {
    expect(() => ruleSetInForce(DEFAULT_RULE_SETS, vn('2024-06-30T23:00'))).toThrow(NoRuleSetInForceError);
  });
});

describe('a change of rules while a dossier is under way', () => {
  const clock = deadlineClock(vietnamWorkingCalendar());

  it('keeps the recorded version for a dossier started before the change', () => {
    const started = ruleSetInForce(DEFAULT_RULE_SETS, vn('2025-06-20T10:00')).version;
    // The next step starts after 1 July 2025, but the dossier carries its own version.
    const rules = ruleSetByVersion(DEFAULT_RULE_SETS, started);
    const due = clock.dueAt(vn('2025-07-10T10:00'), stepDeadline(rules, 'award_nomination', 'ministry'));
    expect(stepDeadline(rules, 'award_nomination', 'ministry')).toEqual({ workingDays: 20 });
    expect(due).toEqual(vn('2025-08-07T23:59:59.999'));
  });

  it('gives a dossier started after the change the new lengths', () => {
    const rules = ruleSetInForce(DEFAULT_RULE_SETS, vn('2025-07-10T10:00'));
    const due = clock.dueAt(vn('2025-07-10T10:00'), stepDeadline(rules, 'award_nomination', 'ministry'));
    expect(due).toEqual(vn('2025-07-31T23:59:59.999'));
  });

  it('reports an unknown recorded version', () => {
    expect(() => ruleSetByVersion(DEFAULT_RULE_SETS, 'vn-ec-1999.01')).toThrow(UnknownRuleSetVersionError);
  });
});
