import shipped from './data/rule-sets.json';
import { RuleSet } from './rule-set';
import { validateRuleSets } from './rule-set.validate';

/**
 * The rule sets shipped with the system, ordered by effectiveFrom and validated when the module
 * loads, so a bad edit of the data file stops the process at boot with the field named.
 */
export const DEFAULT_RULE_SETS: readonly RuleSet[] = validateRuleSets((shipped as { ruleSets: unknown }).ruleSets);
