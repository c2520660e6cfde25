import { InvalidPayload, InvalidTransition } from '../errors/domain.errors';
import { Holding, PendingNomination } from './award-ledger';
import { ConditionReason } from './eligibility.result';

/** The nominee does not meet the conditions of the form (HTTP 422), each failed one with its reason. */
export class IneligibleNomination extends InvalidPayload {
  override readonly code: string = 'ineligible_nomination';
  constructor(
    readonly ruleSetVersion: string,
    readonly reasons: readonly ConditionReason[],
  ) {
    super(reasons.map((r) => ({ path: `eligibility.${r.conditionId}`, message: r.reason })));
  }
}

/** The same achievement of the same nominee is already rewarded, or under another nomination (HTTP 409). */
export class AchievementAlreadyRewarded extends InvalidTransition {
  override readonly code: string = 'achievement_already_rewarded';
  constructor(
    command: string,
    readonly existing: Holding | PendingNomination,
  ) {
    super(command, 'grantedAt' in existing ? 'granted' : 'nominated', describe(existing));
  }
}

function describe(existing: Holding | PendingNomination): string {
  return 'grantedAt' in existing
    ? `${existing.achievementKey} is already rewarded with ${existing.form}${existing.revoked ? ' (since revoked)' : ''}`
    : `${existing.achievementKey} is already nominated for ${existing.form} (${existing.nominationId})`;
}
