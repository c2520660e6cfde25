import { DEFAULT_RULE_SETS } from './default-rule-sets';
import { AWARD_FORMS } from './rule-set';
import { authorityLevels, isAuthority, isSilenceConsent, stepDeadline } from './rule-set.lookup';

const [rules2024, rules2025] = DEFAULT_RULE_SETS;

describe('rule set lookups', () => {
  it('gives a step length per dossier kind and level, different between versions', () => {
    expect(stepDeadline(rules2024, 'implementation_plan', 'province')).toEqual({ workingDays: 10 });
    expect(stepDeadline(rules2025, 'implementation_plan', 'province')).toEqual({ workingDays: 7 });
  });

  it('tells consultations where silence counts as consent', () => {
    expect(isSilenceConsent(rules2025, 'yearly_report', 'central_council')).toBe(true);
    expect(isSilenceConsent(rules2025, 'yearly_report', 'ministry')).toBe(false);
    expect(isSilenceConsent(rules2025, 'award_nomination', 'central_council')).toBe(false);
  });

  it.each([
    ['labour_medal', ['central_council']],
    ['government_emulation_flag', ['central_council']],
    ['prime_minister_certificate', ['central_council']],
    ['ministry_emulation_flag', ['ministry', 'province']],
    ['ministry_certificate', ['ministry', 'province']],
    ['unit_certificate', ['unit']],
  ] as const)('an award nomination for %s is decided at %j', (form, levels) => {
    expect(authorityLevels(rules2025, 'award_nomination', form)).toEqual(levels);
  });

  it('covers every award form', () => {
    for (const form of AWARD_FORMS) expect(authorityLevels(rules2025, 'award_nomination', form).length).toBeGreaterThan(0);
  });

  it('gives other dossiers the authority of their kind', () => {
    expect(authorityLevels(rules2025, 'final_summary')).toEqual(['central_council']);
    expect(isAuthority(authorityLevels(rules2025, 'yearly_report'), 'province')).toBe(true);
    expect(isAuthority(authorityLevels(rules2025, 'yearly_report'), 'unit')).toBe(false);
  });

  it('needs the award form for an award nomination', () => {
    expect(() => authorityLevels(rules2025, 'award_nomination')).toThrow(/award form/);
  });
});
