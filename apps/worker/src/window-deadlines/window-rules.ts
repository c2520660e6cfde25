import { NoRuleSetInForceError, PolicyInForceAt } from '@app/domain';
import { RuleBook } from '@app/workflow/deadlines/rule-book';

/**
 * The reminder lead and escalation grace of a window: those of the rule set in force when the
 * window was set (a window set before any installed rule set takes the earliest one).
 */
export function windowPolicies(rules: RuleBook): PolicyInForceAt {
  return (at) => {
    try {
      return rules.deadlines(rules.inForce(new Date(at)).version);
    } catch (error) {
      if (!(error instanceof NoRuleSetInForceError)) throw error;
      const earliest = [...rules.ruleSets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
      return rules.deadlines(earliest.version);
    }
  };
}
