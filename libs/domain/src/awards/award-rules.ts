import { NomineeKind } from '../dossiers/payloads/award-nomination.payload';
import { AwardForm, StepLevel } from '../rules/rule-set';
import { Versioned } from '../scoring/rule-version';

/** Yearly assessment of a person or collective, best first. */
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];

/** At least as good as `floor`. */
export const ratingAtLeast = (rating: Rating, floor: Rating): boolean => RATINGS.indexOf(rating) <= RATINGS.indexOf(floor);

/** Emulation titles conferred each year, which some award conditions count. */
export const EMULATION_TITLES = [
  'grassroots_emulation_fighter',
  'ministry_emulation_fighter',
  'advanced_labour_collective',
  'excellent_labour_collective',
] as const;
export type EmulationTitle = (typeof EMULATION_TITLES)[number];

/** Who signs the decision for a form (the council at the authority level advises). */
export const AWARD_DECIDERS = ['president', 'prime_minister', 'minister_or_provincial_chair', 'head_of_unit'] as const;
export type AwardDecider = (typeof AWARD_DECIDERS)[number];

/**
 * `law` when the condition restates a legal provision (named in `basis`); `configurable_example`
 * when it is a placeholder chosen to show the mechanism, to be replaced by the deciding
 * authority's own rules. Every reason shown to a user carries it.
 */
export type Certainty = 'law' | 'configurable_example';

interface ConditionFacts {
  id: string;
  basis: string;
  certainty: Certainty;
}

/**
 * A condition computed from the award ledger or the nomination:
 *   holds_award          holds one of `forms` (not revoked) for an achievement of an earlier year;
 *   rating_streak        rated at least `atLeast` in each of the `years` years up to the achievement year;
 *   title_count          conferred `title` at least `count` times in the `withinYears` years up to it;
 *   attainment_at_least  the achievement's attainment (from the movement's reports) is at least `min`.
 */
export type EligibilityCondition = ConditionFacts &
  (
    | { kind: 'holds_award'; forms: AwardForm[] }
    | { kind: 'rating_streak'; years: number; atLeast: Rating }
    | { kind: 'title_count'; title: EmulationTitle; count: number; withinYears: number }
    | { kind: 'attainment_at_least'; min: number }
  );
export type ConditionKind = EligibilityCondition['kind'];

/** One way to qualify: a form is open to a nominee that meets every condition of one standard of its kind. */
export interface EligibilityStandard {
  id: string;
  nomineeKind: NomineeKind;
  description: string;
  conditions: EligibilityCondition[];
}

export interface AwardFormRule {
  decidedBy: AwardDecider;
  /** Levels whose council handles the nomination last; the same as the review rule set's authority. */
  authority: StepLevel[];
  /** No standard for a nominee kind: the form is not given to that kind. */
  standards: EligibilityStandard[];
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * How a council decides: quorum as a share of its members present; approval as a share of those
 * present or of all members, reached at (`strictlyMore: false`) or above it.
 */
export interface CouncilRule {
  quorum: Fraction;
  approval: { share: Fraction; of: 'present' | 'members'; strictlyMore: boolean };
  basis: string;
  certainty: Certainty;
}

/** Who decides each award form, on which conditions, and how councils vote; versioned by effective date. */
export interface AwardRuleSet extends Versioned {
  legalBasis: string;
  note?: string;
  forms: Readonly<Record<AwardForm, AwardFormRule>>;
  council: CouncilRule;
}
