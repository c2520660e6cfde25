import { AwardForm } from '../rules/rule-set';
import { AwardFormRule, AwardRuleSet, CouncilRule, EligibilityCondition, EligibilityStandard, Rating } from './award-rules';
import { validateAwardRuleSets } from './award-rule-sets.validate';

const EXAMPLE = 'configurable example chosen for this system, not the text of a law or decree: replace with the authority’s rules';
const ART_73_1_B =
  'Law on Emulation and Commendation 06/2022/QH15, art. 73(1)(b) (Prime Minister’s Certificate of Merit for individuals), ' +
  'as quoted in published guidance; check against the official text';

/** A condition without its basis and certainty (distributed over the kinds). */
type ConditionSpec = EligibilityCondition extends infer C
  ? C extends EligibilityCondition
    ? Omit<C, 'basis' | 'certainty'>
    : never
  : never;

const example = (condition: ConditionSpec): EligibilityCondition =>
  ({ ...condition, basis: EXAMPLE, certainty: 'configurable_example' }) as EligibilityCondition;
const streak = (id: string, years: number, atLeast: Rating) => example({ id, kind: 'rating_streak', years, atLeast });
const holds = (id: string, forms: AwardForm[]) => example({ id, kind: 'holds_award', forms });

/** The one standard shipped as law: a ministry certificate, then five years rated good or better with three grassroots titles. */
const PM_CERTIFICATE_INDIVIDUAL_BY_LAW: EligibilityStandard = {
  id: 'pm-certificate-individual-record',
  nomineeKind: 'individual',
  description:
    'Already holds a ministry, branch or provincial Certificate of Merit, and has been rated good or better for five ' +
    'consecutive years up to the nomination, with the grassroots emulation fighter title three times in that time',
  conditions: [
    { id: 'holds-ministry-certificate', kind: 'holds_award', forms: ['ministry_certificate'], basis: ART_73_1_B, certainty: 'law' },
    { id: 'five-years-good', kind: 'rating_streak', years: 5, atLeast: 'good', basis: ART_73_1_B, certainty: 'law' },
    {
      id: 'three-grassroots-titles',
      kind: 'title_count',
      title: 'grassroots_emulation_fighter',
      count: 3,
      withinYears: 5,
      basis: ART_73_1_B,
      certainty: 'law',
    },
  ],
};

/** The same as the review rule sets' authority (checked by a test). */
const AUTHORITY = {
  central: ['central_council' as const],
  ministryOrProvince: ['ministry' as const, 'province' as const],
  unit: ['unit' as const],
};

function standard(id: string, nomineeKind: 'individual' | 'collective', description: string, ...conditions: EligibilityCondition[]) {
  return { id, nomineeKind, description, conditions };
}

function forms(ministryCertificateFloor: Rating): Record<AwardForm, AwardFormRule> {
  const twoYears = streak('two-years', 2, ministryCertificateFloor);
  const twoYearsText = `Example: two consecutive years rated ${ministryCertificateFloor} or better`;
  const goodThisYear = streak('good-this-year', 1, 'good');
  return {
    labour_medal: {
      decidedBy: 'president',
      authority: AUTHORITY.central,
      standards: [
        standard(
          'labour-medal-individual',
          'individual',
          'Example: holds the Prime Minister’s Certificate of Merit, and five years rated excellent',
          holds('holds-pm-certificate', ['prime_minister_certificate']),
          streak('five-years-excellent', 5, 'excellent'),
        ),
        standard(
          'labour-medal-collective',
          'collective',
          'Example: holds the Government Emulation Flag or the Prime Minister’s Certificate of Merit, and five years rated excellent',
          holds('holds-government-award', ['government_emulation_flag', 'prime_minister_certificate']),
          streak('five-years-excellent', 5, 'excellent'),
        ),
      ],
    },
    government_emulation_flag: {
      decidedBy: 'prime_minister',
      authority: AUTHORITY.central,
      standards: [
        standard(
          'government-flag-collective',
          'collective',
          'Example: holds a ministry or provincial Emulation Flag, and attained at least 95% in the movement',
          holds('holds-ministry-flag', ['ministry_emulation_flag']),
          example({ id: 'attainment-95', kind: 'attainment_at_least', min: 0.95 }),
        ),
      ],
    },
    prime_minister_certificate: {
      decidedBy: 'prime_minister',
      authority: AUTHORITY.central,
      standards: [
        PM_CERTIFICATE_INDIVIDUAL_BY_LAW,
        standard(
          'pm-certificate-collective',
          'collective',
          'Example: holds a ministry Certificate of Merit, and five years rated excellent',
          holds('holds-ministry-certificate', ['ministry_certificate']),
          streak('five-years-excellent', 5, 'excellent'),
        ),
      ],
    },
    ministry_emulation_flag: {
      decidedBy: 'minister_or_provincial_chair',
      authority: AUTHORITY.ministryOrProvince,
      standards: [
        standard(
          'ministry-flag-collective',
          'collective',
          'Example: rated excellent this year, and attained at least 90% in the movement',
          streak('excellent-this-year', 1, 'excellent'),
          example({ id: 'attainment-90', kind: 'attainment_at_least', min: 0.9 }),
        ),
      ],
    },
    ministry_certificate: {
      decidedBy: 'minister_or_provincial_chair',
      authority: AUTHORITY.ministryOrProvince,
      standards: [
        standard('ministry-certificate-individual', 'individual', twoYearsText, twoYears),
        standard('ministry-certificate-collective', 'collective', twoYearsText, twoYears),
      ],
    },
    unit_certificate: {
      decidedBy: 'head_of_unit',
      authority: AUTHORITY.unit,
      standards: [
        standard('unit-certificate-individual', 'individual', 'Example: rated good or better this year', goodThisYear),
        standard('unit-certificate-collective', 'collective', 'Example: rated good or better this year', goodThisYear),
      ],
    },
  };
}

const COUNCIL: CouncilRule = {
  quorum: { numerator: 2, denominator: 3 },
  approval: { share: { numerator: 1, denominator: 2 }, of: 'members', strictlyMore: true },
  basis: `${EXAMPLE} (quorum two thirds of the members; approval by more than half of all members)`,
  certainty: 'configurable_example',
};

/**
 * Award rules shipped with the system. Only the individual standard of the Prime Minister’s
 * Certificate of Merit restates the law (art. 73(1)(b) of the 2022 Law); every other condition and
 * the council's quorum and threshold are configurable examples. The 2025.07 version differs from
 * 2024.01 in one example condition (the ministry certificate asks two years rated excellent rather
 * than good), to show how a changed condition applies to nominations started from 1 July 2025 only;
 * it is not a statement of what Decree 152/2025/ND-CP changed.
 */
export const DEFAULT_AWARD_RULE_SETS: readonly AwardRuleSet[] = validateAwardRuleSets([
  {
    version: 'vn-awards-2024.01',
    effectiveFrom: '2024-01-01',
    legalBasis: 'Law on Emulation and Commendation No. 06/2022/QH15 (in force 1 Jan 2024) and Decree 98/2023/ND-CP detailing it',
    note: 'Conditions marked configurable_example are placeholders, not law.',
    forms: forms('good'),
    council: COUNCIL,
  },
  {
    version: 'vn-awards-2025.07',
    effectiveFrom: '2025-07-01',
    legalBasis: 'Law on Emulation and Commendation No. 06/2022/QH15 and Decree 152/2025/ND-CP (in force 1 Jul 2025)',
    note:
      'Conditions marked configurable_example are placeholders, not law. The ministry certificate example was changed ' +
      'from 2024.01 to show a versioned change; it does not restate the decree.',
    forms: forms('excellent'),
    council: COUNCIL,
  },
]);
