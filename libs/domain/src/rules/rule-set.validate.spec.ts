import shipped from './data/rule-sets.json';
import { RuleSetValidationError } from './rule-set.errors';
import { ruleSetIssues, validateRuleSet, validateRuleSets } from './rule-set.validate';

/** A fresh, mutable copy of a shipped rule set to break in each test. */
const base = (): any => JSON.parse(JSON.stringify(shipped.ruleSets[1]));
const pathsOf = (input: unknown): string[] => ruleSetIssues(input).map((issue) => issue.path);

describe('validateRuleSet', () => {
  it('accepts the shipped rule sets', () => {
    for (const ruleSet of shipped.ruleSets) expect(ruleSetIssues(ruleSet)).toEqual([]);
  });

  it.each<[string, (r: any) => void, string]>([
    ['a missing version', (r) => delete r.version, 'version'],
    ['an impossible effective date', (r) => (r.effectiveFrom = '2025-02-30'), 'effectiveFrom'],
    ['an empty legal basis', (r) => (r.legalBasis = ''), 'legalBasis'],
    ['a missing level', (r) => delete r.deadlines.award_nomination.unit, 'deadlines.award_nomination.unit'],
    ['a zero step length', (r) => (r.deadlines.yearly_report.ministry = { workingDays: 0 }), 'deadlines.yearly_report.ministry'],
    ['a fractional step length', (r) => (r.deadlines.final_summary.province = { workingDays: 2.5 }), 'deadlines.final_summary.province'],
    ['a length with an unknown unit', (r) => (r.deadlines.final_summary.unit = { days: 3 }), 'deadlines.final_summary.unit'],
    ['an unknown dossier kind', (r) => (r.deadlines.memo = r.deadlines.yearly_report), 'deadlines.memo'],
    ['an unknown level', (r) => (r.deadlines.yearly_report.commune = { workingDays: 3 }), 'deadlines.yearly_report.commune'],
    ['a missing reminder lead', (r) => delete r.reminderLead, 'reminderLead'],
    ['a reminder lead as long as a step', (r) => (r.reminderLead = { workingDays: 5 }), 'reminderLead'],
    ['a negative grace', (r) => (r.escalationGrace = { workingDays: -1 }), 'escalationGrace'],
    ['mixed units', (r) => (r.escalationGrace = { milliseconds: 1000 }), 'escalationGrace'],
    ['an unknown consultation level', (r) => (r.silenceIsConsent.yearly_report = ['council']), 'silenceIsConsent.yearly_report[0]'],
    ['no authority for a kind', (r) => (r.authority.byDossierKind.final_summary = []), 'authority.byDossierKind.final_summary'],
    ['no authority for a form', (r) => delete r.authority.byAwardForm.labour_medal, 'authority.byAwardForm.labour_medal'],
    [
      'a lower form decided higher than a higher one',
      (r) => (r.authority.byAwardForm.unit_certificate = ['central_council']),
      'authority.byAwardForm.unit_certificate',
    ],
  ])('names the field for %s', (_case, breakIt, path) => {
    const ruleSet = base();
    breakIt(ruleSet);
    expect(pathsOf(ruleSet)).toEqual([path]);
  });

  it('throws one error listing every problem, with the version', () => {
    const ruleSet = base();
    ruleSet.effectiveFrom = '1 July 2025';
    delete ruleSet.deadlines.award_nomination.central_council;
    const validate = () => validateRuleSet(ruleSet);
    expect(validate).toThrow(RuleSetValidationError);
    expect(validate).toThrow(
      /invalid rule set vn-ec-2025\.07:\n  - effectiveFrom: .*\n  - deadlines\.award_nomination\.central_council: missing/,
    );
  });
});

describe('validateRuleSets', () => {
  it('orders the sets by effectiveFrom', () => {
    const sets = validateRuleSets([...shipped.ruleSets].reverse());
    expect(sets.map((s) => s.version)).toEqual(['vn-ec-2024.07', 'vn-ec-2025.07']);
  });

  it('rejects a reused version and two sets from the same day, with their positions', () => {
    const copy = base();
    try {
      validateRuleSets([...shipped.ruleSets, copy]);
      throw new Error('expected a validation error');
    } catch (error) {
      expect((error as RuleSetValidationError).issues).toEqual([
        { path: '[2].version', message: 'same as [1]' },
        { path: '[2].effectiveFrom', message: 'same as [1]' },
      ]);
    }
  });

  it('rejects an empty list', () => {
    expect(() => validateRuleSets([])).toThrow(RuleSetValidationError);
  });
});
