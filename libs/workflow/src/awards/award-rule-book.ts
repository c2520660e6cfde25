import { AwardRuleSet, DEFAULT_AWARD_RULE_SETS, validateAwardRuleSets } from '@app/domain';

/**
 * The award rules of this installation (who decides each form, its eligibility conditions, how
 * councils vote), versioned by effective date. A nomination records the version in force when it
 * is made and is decided under it to its end.
 */
export class AwardRuleBook {
  readonly ruleSets: readonly AwardRuleSet[];

  constructor(ruleSets: readonly AwardRuleSet[] = DEFAULT_AWARD_RULE_SETS) {
    this.ruleSets = validateAwardRuleSets(ruleSets);
  }
}
