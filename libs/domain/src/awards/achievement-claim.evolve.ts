import { AchievementClaimEvent } from './achievement-claim.events';
import { AchievementClaim } from './achievement-claim.state';

export function evolveAchievementClaim(state: AchievementClaim, event: AchievementClaimEvent): AchievementClaim {
  const { type } = event;
  switch (type) {
    case 'AchievementClaimed': {
      const { nomineeKey, achievementKey, holder, at } = event.data;
      return { status: 'claimed', nomineeKey, achievementKey, holder, claimedAt: at };
    }
    case 'AchievementReleased':
      return { status: 'free', released: { nominationId: event.data.nominationId, at: event.data.at } };
    default:
      (type) satisfies never;
      return state;
  }
}
