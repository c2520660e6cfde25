import { readFileSync } from 'node:fs';
import { DEFAULT_RULE_SETS, RuleSet, validateRuleSets } from '@app/domain';

/** The shipped rule sets, or those of RULE_SETS_FILE; a bad file stops start-up naming the field. */
export function loadRuleSets(file: string | undefined): readonly RuleSet[] {
  if (!file) return DEFAULT_RULE_SETS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`RULE_SETS_FILE=${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateRuleSets((parsed as { ruleSets?: unknown }).ruleSets);
}
