import { assertInstant, fromDayNumber, localDayOf } from '../calendar';
import { RuleSet } from './rule-set';
import { NoRuleSetInForceError, UnknownRuleSetVersionError } from './rule-set.errors';

/**
 * The rule set in force at an instant: the one with the latest effectiveFrom on or before that
 * instant's date in Viet Nam. A set takes effect at 00:00 UTC+7 on its date, as legal texts do.
 * Use it when a dossier starts; afterwards look the recorded version up with ruleSetByVersion, so
 * a change of rules mid-flight does not alter a dossier already under way.
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], at: Date): RuleSet {
  assertInstant(at, 'at');
  const today = fromDayNumber(localDayOf(at));
  let inForce: RuleSet | undefined;
  for (const ruleSet of ruleSets) {
    if (ruleSet.effectiveFrom > today) continue; // 'YYYY-MM-DD' strings order like dates
    if (!inForce || ruleSet.effectiveFrom > inForce.effectiveFrom) inForce = ruleSet;
  }
  if (!inForce) throw new NoRuleSetInForceError(at);
  return inForce;
}

export function ruleSetByVersion(ruleSets: readonly RuleSet[], version: string): RuleSet {
  const found = ruleSets.find((ruleSet) => ruleSet.version === version);
  if (!found) throw new UnknownRuleSetVersionError(version);
  return found;
}
