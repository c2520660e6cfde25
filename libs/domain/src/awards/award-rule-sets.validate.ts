import { isLocalDate } from '../calendar';
import { NOMINEE_KINDS } from '../dossiers/payloads/award-nomination.payload';
import { RuleSetIssue, RuleSetValidationError } from '../rules/rule-set.errors';
import { AWARD_FORMS, STEP_LEVELS } from '../rules/rule-set';
import { AWARD_DECIDERS, AwardRuleSet, EMULATION_TITLES, EligibilityCondition, Fraction, RATINGS } from './award-rules';

/** Validates award rule sets (shipped or from a configuration file) and orders them by effectiveFrom. */
export function validateAwardRuleSets(input: readonly AwardRuleSet[]): AwardRuleSet[] {
  const issues: RuleSetIssue[] = [];
  if (!Array.isArray(input as unknown) || input.length === 0) throw new RuleSetValidationError('award rule sets', [{ path: '', message: 'a non-empty list' }]);
  input.forEach((set, i) => {
    const at = `[${i}]`;
    const issue = (path: string, message: string) => issues.push({ path: `${at}${path}`, message });
    if (typeof set !== 'object' || set === null) {
      issue('', 'an object');
      return;
    }
    if (typeof set.version !== 'string' || set.version.trim() === '') issue('.version', 'missing');
    if (!isLocalDate(set.effectiveFrom)) issue('.effectiveFrom', 'must be a date YYYY-MM-DD');
    if (typeof set.legalBasis !== 'string' || set.legalBasis.trim() === '') issue('.legalBasis', 'missing');
    input.slice(0, i).forEach((other, j) => {
      if (other.version === set.version) issue('.version', `same as [${j}]`);
      if (other.effectiveFrom === set.effectiveFrom) issue('.effectiveFrom', `same as [${j}]`);
    });
    for (const form of AWARD_FORMS) {
      const rule = set.forms?.[form];
      const path = `.forms.${form}`;
      if (!rule) {
        issue(path, 'missing');
        continue;
      }
      if (!AWARD_DECIDERS.includes(rule.decidedBy)) issue(`${path}.decidedBy`, `one of ${AWARD_DECIDERS.join(', ')}`);
      if (!Array.isArray(rule.authority) || rule.authority.length === 0 || !rule.authority.every((l) => STEP_LEVELS.includes(l))) {
        issue(`${path}.authority`, 'a non-empty list of levels');
      }
      const ids = new Set<string>();
      // Rule sets may come from a file an administrator wrote: every list is checked before it is walked.
      if (!Array.isArray(rule.standards)) {
        issue(`${path}.standards`, 'a list of standards (empty when anyone may be nominated)');
        continue;
      }
      rule.standards.forEach((standard, s) => {
        const sp = `${path}.standards.${s}`;
        if (typeof standard?.id !== 'string' || standard.id === '') issue(`${sp}.id`, 'missing');
        if (ids.has(standard?.id)) issue(`${sp}.id`, `duplicate standard ${standard.id}`);
        ids.add(standard?.id);
        if (!NOMINEE_KINDS.includes(standard?.nomineeKind)) issue(`${sp}.nomineeKind`, `one of ${NOMINEE_KINDS.join(', ')}`);
        if (!Array.isArray(standard?.conditions)) {
          issue(`${sp}.conditions`, 'a list of conditions');
          return;
        }
        standard.conditions.forEach((condition, c) => conditionIssues(condition).forEach((m) => issue(`${sp}.conditions.${c}`, m)));
      });
    }
    const { council } = set;
    if (!isShare(council?.quorum)) issue('.council.quorum', 'a fraction from 0 to 1');
    if (!isShare(council?.approval?.share)) issue('.council.approval.share', 'a fraction from 0 to 1');
    if (council?.approval?.of !== 'present' && council?.approval?.of !== 'members') issue('.council.approval.of', 'present or members');
  });
  if (issues.length > 0) throw new RuleSetValidationError('award rule sets', issues);
  return [...input].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

function conditionIssues(condition: EligibilityCondition): string[] {
  if (typeof condition !== 'object' || condition === null) return ['an object with a kind'];
  const problems: string[] = [];
  if (typeof condition.basis !== 'string' || condition.basis.trim() === '') problems.push('needs a basis');
  if (condition.certainty !== 'law' && condition.certainty !== 'configurable_example') {
    problems.push('certainty is law or configurable_example');
  }
  switch (condition.kind) {
    case 'holds_award':
      if (!Array.isArray(condition.forms) || condition.forms.length === 0 || !condition.forms.every((f) => AWARD_FORMS.includes(f))) problems.push('forms: award forms');
      break;
    case 'rating_streak':
      if (!isCount(condition.years) || !RATINGS.includes(condition.atLeast)) problems.push('years >= 1 and a rating');
      break;
    case 'title_count':
      if (!EMULATION_TITLES.includes(condition.title)) problems.push('an emulation title');
      if (!isCount(condition.count) || !isCount(condition.withinYears) || condition.count > condition.withinYears) {
        problems.push('a count within at least as many years');
      }
      break;
    case 'attainment_at_least':
      if (!(condition.min >= 0 && condition.min <= 1)) problems.push('min from 0 to 1');
      break;
    default: {
      const unknown: never = condition;
      problems.push(`unknown kind ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
  return problems;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 1;
const isShare = (f: Fraction | undefined): boolean =>
  !!f && isCount(f.denominator) && Number.isSafeInteger(f.numerator) && f.numerator >= 0 && f.numerator <= f.denominator;
