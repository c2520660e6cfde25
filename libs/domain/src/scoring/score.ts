import { ImplementationPlanPayload, NationalContent } from '../dossiers/payloads/implementation-plan.payload';
import { ReportedValue } from '../dossiers/payloads/reported-value';
import { attainment, isMet, mean6, round6 } from '../summaries/attainment';
import { ScoringRuleSet } from './scoring-rule-set';

/** What a unit is scored on: its own plan (criteria and targets) and its report's values for the year. */
export interface ScoringInput {
  orgId: string;
  plan: Pick<ImplementationPlanPayload, 'contents' | 'criteria'>;
  values: readonly ReportedValue[];
}

export interface ContentScore {
  nationalContent: NationalContent;
  weight: number;
  attainment: number;
}

export interface OrgScore {
  orgId: string;
  /** 0–100 points. */
  score: number;
  byContent: ContentScore[];
  criteriaMet: number;
  criteriaTotal: number;
  /** Criteria of the plan the report gives no value for (each counts as attainment 0). */
  missing: number;
}

/**
 * A unit's score against its own plan:
 *
 *   attainment of each criterion (`attainment`, 0 when not reported)
 *   → mean per national content (the contents of the plan adapting it)
 *   → weighted mean over the national contents the plan has criteria in, by `contentWeights`
 *   → × 100 points, 6 decimals.
 *
 * A content the plan has no criteria in is left out and the weights of the others renormalised,
 * so a unit is not marked down for a content outside its remit (a notary office and international
 * cooperation); a criterion it has but did not report counts 0.
 */
export function scoreOrg(input: ScoringInput, weights: ScoringRuleSet): OrgScore {
  const values = new Map(input.values.map((v) => [v.criterionId, v.actual]));
  const nationalOf = new Map(input.plan.contents.map((c) => [c.id, c.nationalContent]));
  const byNational = new Map<NationalContent, number[]>();
  let met = 0;
  for (const criterion of input.plan.criteria) {
    const national = nationalOf.get(criterion.contentId);
    if (national === undefined) continue;
    const actual = values.get(criterion.id);
    const a = actual === undefined ? 0 : attainment(criterion.comparator, criterion.target, actual);
    if (actual !== undefined && isMet(criterion.comparator, criterion.target, actual)) met++;
    byNational.set(national, [...(byNational.get(national) ?? []), a]);
  }
  const byContent = [...byNational.entries()]
    .sort(([a], [b]) => a - b)
    .map(([nationalContent, list]) => ({ nationalContent, weight: weights.contentWeights[nationalContent], attainment: mean6(list) }));
  const totalWeight = byContent.reduce((sum, c) => sum + c.weight, 0);
  const weighted = byContent.reduce((sum, c) => sum + c.weight * c.attainment, 0);
  const criteriaTotal = [...byNational.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    orgId: input.orgId,
    score: totalWeight === 0 ? 0 : round6((100 * weighted) / totalWeight),
    byContent,
    criteriaMet: met,
    criteriaTotal,
    missing: input.plan.criteria.filter((c) => nationalOf.has(c.contentId) && !values.has(c.id)).length,
  };
}
