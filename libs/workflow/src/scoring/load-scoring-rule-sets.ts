import { readFileSync } from 'node:fs';
import { DEFAULT_SCORING_RULE_SETS, ScoringRuleSet, validateScoringRuleSets } from '@app/domain';

/**
 * The scoring weights of this installation: the shipped examples, or those of
 * SCORING_RULE_SETS_FILE (`{ "scoringRuleSets": [...] }`); a bad file stops start-up naming the field.
 */
export function loadScoringRuleSets(file: string | undefined): readonly ScoringRuleSet[] {
  if (!file) return DEFAULT_SCORING_RULE_SETS;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { scoringRuleSets?: unknown };
    return validateScoringRuleSets(parsed.scoringRuleSets);
  } catch (error) {
    throw new Error(`SCORING_RULE_SETS_FILE=${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
