import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';
import { AwardForm } from '../rules/rule-set';
import { Certainty, ConditionKind } from './award-rules';

/** Why a condition holds or not, in words, with the rule it comes from. */
export interface ConditionReason {
  conditionId: string;
  kind: ConditionKind | 'nominee_kind';
  met: boolean;
  reason: string;
  basis: string;
  certainty: Certainty;
}

export interface StandardResult {
  standardId: string;
  description: string;
  met: boolean;
  conditions: ConditionReason[];
}

/**
 * Eligibility of a nominee for a form under one rule-set version: eligible when every condition
 * of one standard for the nominee's kind holds. `failed` lists the unmet conditions of every
 * standard (what a refusal shows), or why the form is not open to this kind of nominee.
 */
export interface EligibilityResult {
  eligible: boolean;
  form: AwardForm;
  nomineeKind: NomineeKind;
  ruleSetVersion: string;
  standards: StandardResult[];
  failed: ConditionReason[];
}
