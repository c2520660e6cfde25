import { AWARD_FORMS, AwardForm } from '../../rules/rule-set';
import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR } from './movement-years';
import { join, PayloadChecker } from './payload-checker';

// Award forms (highest first) are the rule set's vocabulary: who decides each is rule-set data.

export const NOMINEE_KINDS = ['individual', 'collective'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export interface Nominee {
  kind: NomineeKind;
  /** Full name of the person, or name of the collective. */
  name: string;
  /** The nominee's organisation, when it is one of ours. */
  orgId?: string;
  /** The person's position, for individuals. */
  position?: string;
}

export interface AwardNominationPayload {
  awardForm: AwardForm;
  nominee: Nominee;
  /** The achievement the award would recognise. */
  achievement: string;
  /** The year the achievement belongs to, for yearly rewards. */
  year?: number;
}

export function validateAwardNomination(input: unknown): AwardNominationPayload {
  const check = new PayloadChecker();
  const raw = check.object(input, '');
  const nominee = check.object(raw.nominee, 'nominee');
  const kind = check.oneOf(nominee.kind, 'nominee.kind', NOMINEE_KINDS);
  if (kind === 'collective' && nominee.position !== undefined) {
    check.issue('nominee.position', 'only individuals have a position');
  }
  return check.done({
    awardForm: check.oneOf(raw.awardForm, 'awardForm', AWARD_FORMS),
    nominee: {
      kind,
      name: check.text(nominee.name, 'nominee.name', 300),
      ...check.optional('orgId', nominee.orgId, (value) => check.text(value, join('nominee', 'orgId'), 100)),
      ...check.optional('position', nominee.position, (value) => check.text(value, join('nominee', 'position'), 300)),
    },
    achievement: check.text(raw.achievement, 'achievement', 20_000),
    ...check.optional('year', raw.year, (value) => check.integer(value, 'year', MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR)),
  });
}
