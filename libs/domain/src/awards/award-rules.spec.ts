import { DEFAULT_RULE_SETS, ruleSetInForce } from '../rules';
import { AWARD_FORMS } from '../rules/rule-set';
import { RuleSetValidationError } from '../rules/rule-set.errors';
import { versionInForce } from '../scoring/rule-version';
import { validateAwardRuleSets } from './award-rule-sets.validate';
import { DEFAULT_AWARD_RULE_SETS } from './default-award-rule-sets';

const vn = (local: string) => new Date(`${local}T00:00:00+07:00`);

describe('award rule sets', () => {
  it.each(['2024-07-01', '2025-06-30', '2025-07-01', '2030-12-31'])('agree with the review rules on who decides each form on %s', (day) => {
    const awards = versionInForce(DEFAULT_AWARD_RULE_SETS, vn(day));
    const review = ruleSetInForce(DEFAULT_RULE_SETS, vn(day));
    for (const form of AWARD_FORMS) expect(awards.forms[form].authority).toEqual(review.authority.byAwardForm[form]);
  });

  it('switch at the decree of 1 July 2025', () => {
    expect(versionInForce(DEFAULT_AWARD_RULE_SETS, vn('2025-06-30')).version).toBe('vn-awards-2024.01');
    expect(versionInForce(DEFAULT_AWARD_RULE_SETS, vn('2025-07-01')).version).toBe('vn-awards-2025.07');
  });

  it('mark every condition as law or as a configurable example, with its basis', () => {
    const conditions = DEFAULT_AWARD_RULE_SETS.flatMap((set) =>
      AWARD_FORMS.flatMap((form) => set.forms[form].standards.flatMap((standard) => standard.conditions)),
    );
    expect(conditions.every((c) => c.basis.length > 0)).toBe(true);
    expect(new Set(conditions.filter((c) => c.certainty === 'law').map((c) => c.id))).toEqual(
      new Set(['holds-ministry-certificate', 'five-years-good', 'three-grassroots-titles']),
    );
  });

  it('are validated, every problem named', () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_AWARD_RULE_SETS[1]));
    delete broken.forms.labour_medal;
    broken.forms.unit_certificate.standards[0].conditions[0].years = 0;
    broken.council.quorum = { numerator: 4, denominator: 3 };
    try {
      validateAwardRuleSets([DEFAULT_AWARD_RULE_SETS[0], broken]);
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetValidationError);
      expect((error as RuleSetValidationError).issues.map((i) => i.path)).toEqual([
        '[1].forms.labour_medal',
        '[1].forms.unit_certificate.standards.0.conditions.0',
        '[1].council.quorum',
      ]);
    }
  });
});
