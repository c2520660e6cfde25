import { AwardForm } from '../rules/rule-set';
import { AwardRuleSet, EligibilityCondition, EligibilityStandard, ratingAtLeast } from './award-rules';
import { AwardLedger } from './award-ledger';
import { ConditionReason, EligibilityResult, StandardResult } from './eligibility.result';
import { Achievement, AwardNominee } from './nomination';

export const AWARD_FORM_NAMES: Readonly<Record<AwardForm, string>> = {
  labour_medal: 'Labour Medal',
  government_emulation_flag: 'Government Emulation Flag',
  prime_minister_certificate: 'Prime Minister’s Certificate of Merit',
  ministry_emulation_flag: 'Emulation Flag of a ministry, branch or province',
  ministry_certificate: 'Certificate of Merit of a ministry, branch or province',
  unit_certificate: 'Certificate of Merit (unit level)',
};

/**
 * Whether `nominee` may receive `form` for `achievement` under `rules`, computed from the ledger,
 * with a reason for every condition. Years count back from the achievement's year (the year the
 * nomination is for) and include it; an award held counts when it rewarded an earlier year.
 */
export function checkEligibility(
  rules: AwardRuleSet,
  ledger: AwardLedger,
  nominee: AwardNominee,
  form: AwardForm,
  achievement: Achievement,
): EligibilityResult {
  const standards = rules.forms[form].standards.filter((s) => s.nomineeKind === nominee.kind);
  const base = { form, nomineeKind: nominee.kind, ruleSetVersion: rules.version };
  if (standards.length === 0) {
    const reason: ConditionReason = {
      conditionId: 'nominee-kind',
      kind: 'nominee_kind',
      met: false,
      reason: `the ${AWARD_FORM_NAMES[form]} is not given to ${nominee.kind === 'individual' ? 'individuals' : 'collectives'}`,
      basis: rules.legalBasis,
      certainty: 'law',
    };
    return { ...base, eligible: false, standards: [], failed: [reason] };
  }
  const results = standards.map((standard) => evaluateStandard(standard, { ledger, nominee, achievement }));
  const eligible = results.some((r) => r.met);
  return { ...base, eligible, standards: results, failed: eligible ? [] : results.flatMap((r) => r.conditions.filter((c) => !c.met)) };
}

function evaluateStandard(standard: EligibilityStandard, facts: Facts): StandardResult {
  const conditions = standard.conditions.map((condition) => evaluate(condition, facts));
  return { standardId: standard.id, description: standard.description, met: conditions.every((c) => c.met), conditions };
}

interface Facts {
  ledger: AwardLedger;
  nominee: AwardNominee;
  achievement: Achievement;
}

function evaluate(condition: EligibilityCondition, facts: Facts): ConditionReason {
  const { met, reason } = judge(condition, facts);
  return { conditionId: condition.id, kind: condition.kind, met, reason, basis: condition.basis, certainty: condition.certainty };
}

function judge(condition: EligibilityCondition, { ledger, nominee, achievement }: Facts): { met: boolean; reason: string } {
  const year = achievement.year;
  switch (condition.kind) {
    case 'holds_award': {
      const held = ledger.holdings(nominee.key).filter((h) => condition.forms.includes(h.form) && h.year < year);
      const names = condition.forms.map((f) => AWARD_FORM_NAMES[f]).join(' or ');
      if (held.length === 0) return { met: false, reason: `holds no ${names} for an achievement before ${year}` };
      const first = held[0];
      const ref = first.decisionRef ? ` (${first.decisionRef})` : '';
      return { met: true, reason: `holds the ${AWARD_FORM_NAMES[first.form]} for ${first.year}${ref}` };
    }
    case 'rating_streak': {
      const years = span(year, condition.years);
      const short = years.filter((y) => {
        const result = ledger.resultOf(nominee.key, y);
        return !result || !ratingAtLeast(result.rating, condition.atLeast);
      });
      const wanted = `rated ${condition.atLeast} or better in ${range(years)}`;
      if (short.length === 0) return { met: true, reason: wanted };
      const why = short.map((y) => `${y}: ${ledger.resultOf(nominee.key, y)?.rating ?? 'no result recorded'}`).join(', ');
      return { met: false, reason: `not ${wanted} (${why})` };
    }
    case 'title_count': {
      const years = span(year, condition.withinYears);
      const withTitle = years.filter((y) => ledger.resultOf(nominee.key, y)?.titles.includes(condition.title));
      const wanted = `${condition.title.replace(/_/g, ' ')} at least ${condition.count} times in ${range(years)}`;
      const found = withTitle.length === 0 ? 'never' : `${withTitle.length} (${withTitle.join(', ')})`;
      const met = withTitle.length >= condition.count;
      return { met, reason: `${met ? '' : 'not '}${wanted}: ${found}` };
    }
    case 'attainment_at_least': {
      const a = achievement.attainment;
      if (a === undefined) return { met: false, reason: `no attainment given; at least ${percent(condition.min)} is needed` };
      const met = a >= condition.min;
      return { met, reason: `attainment ${percent(a)} ${met ? 'reaches' : 'is below'} ${percent(condition.min)}` };
    }
    default: {
      const unknown: never = condition;
      throw new RangeError(`unknown condition ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

const span = (last: number, count: number): number[] => Array.from({ length: count }, (_, i) => last - count + 1 + i);
const range = (years: readonly number[]): string => (years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`);
const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;
