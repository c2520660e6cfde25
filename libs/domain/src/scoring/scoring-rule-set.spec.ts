import { RuleSetValidationError } from '../rules/rule-set.errors';
import { versionById } from './rule-version';
import { DEFAULT_SCORING_RULE_SETS, validateScoringRuleSets } from './scoring-rule-set';

describe('scoring rule sets', () => {
  it('ship as configurable examples, ordered by effective date', () => {
    expect(DEFAULT_SCORING_RULE_SETS.map((s) => s.version)).toEqual(['scoring-2025.01', 'scoring-2027.01']);
    expect(DEFAULT_SCORING_RULE_SETS.every((s) => s.basis.startsWith('configurable example'))).toBe(true);
    expect(versionById(DEFAULT_SCORING_RULE_SETS, 'scoring-2027.01').contentWeights[3]).toBe(2);
  });

  it('need a weight for each of the seven contents, none negative, one above zero, and distinct versions and dates', () => {
    const base = JSON.parse(JSON.stringify(DEFAULT_SCORING_RULE_SETS[0]));
    const broken = { ...base, contentWeights: { ...base.contentWeights, 7: -1, 8: 1 } };
    delete broken.contentWeights[1];
    try {
      validateScoringRuleSets([base, broken]);
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetValidationError);
      expect((error as RuleSetValidationError).issues.map((i) => i.path)).toEqual([
        '[1].contentWeights.1',
        '[1].contentWeights.7',
        '[1].contentWeights.8',
        '[1].version',
        '[1].effectiveFrom',
      ]);
    }
    const zero = { ...base, version: 'zero', effectiveFrom: '2026-01-01', contentWeights: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 } };
    expect(() => validateScoringRuleSets([zero])).toThrow(/at least one weight above 0/);
  });
});
