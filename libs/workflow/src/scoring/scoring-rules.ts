import { DEFAULT_SCORING_RULE_SETS, ScoringRuleSet } from '@app/domain';

/** The scoring rule sets of this installation (shipped or from SCORING_RULE_SETS_FILE), as one injectable value. */
export class ScoringRules {
  constructor(readonly ruleSets: readonly ScoringRuleSet[] = DEFAULT_SCORING_RULE_SETS) {}
}
