import { readFileSync } from 'node:fs';
import { AwardRuleSet, DEFAULT_AWARD_RULE_SETS, validateAwardRuleSets } from '@app/domain';

/**
 * The award rules of this installation: the shipped ones, or those of AWARD_RULE_SETS_FILE
 * (`{ "awardRuleSets": [...] }`); a bad file stops start-up naming the setting and the field.
 */
export function loadAwardRuleSets(file: string | undefined): readonly AwardRuleSet[] {
  if (!file) return DEFAULT_AWARD_RULE_SETS;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { awardRuleSets?: unknown };
    return validateAwardRuleSets(parsed.awardRuleSets as AwardRuleSet[]);
  } catch (error) {
    throw new Error(`AWARD_RULE_SETS_FILE=${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
