import { AWARD_FORMS, AwardForm } from '../../rules/rule-set';
import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR } from './movement-years';
import { join, PayloadChecker } from './payload-checker';

// Award forms (highest first) are the rule set's vocabulary: who decides each is rule-set data.

export const NOMINEE_KINDS = ['individual', 'collective'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/**
 * A nominee's stable key across years and nominations: the personnel number of a person (an
 * opaque subject id here) or the organisation id of a collective.
 */
export const NOMINEE_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export interface Nominee {
  kind: NomineeKind;
  /** The stable key the award ledger knows the nominee by; absent in nominations made before it existed. */
  key?: string;
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
  /**
   * Names the achievement itself (e.g. the approved yearly report's dossier id), so one achievement
   * of one nominee is rewarded with one form only; absent in nominations made before it existed.
   */
  achievementKey?: string;
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
      ...check.optional('key', nominee.key, (value) => nomineeKey(check, value)),
      name: check.text(nominee.name, 'nominee.name', 300),
      ...check.optional('orgId', nominee.orgId, (value) => check.text(value, join('nominee', 'orgId'), 100)),
      ...check.optional('position', nominee.position, (value) => check.text(value, join('nominee', 'position'), 300)),
    },
    achievement: check.text(raw.achievement, 'achievement', 20_000),
    ...check.optional('year', raw.year, (value) => check.integer(value, 'year', MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR)),
    ...check.optional('achievementKey', raw.achievementKey, (value) => check.text(value, 'achievementKey', 200)),
  });
}

function nomineeKey(check: PayloadChecker, value: unknown): string {
  if (typeof value === 'string' && NOMINEE_KEY_PATTERN.test(value)) return value;
  check.issue('nominee.key', 'must be 1 to 100 letters, digits, ".", "-" or "_", starting with a letter or digit');
  return '';
}
