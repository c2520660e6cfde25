import { Command } from '../decider/decider';
import { AchievementHolder } from './achievement-claim.state';
import { ClaimRelease } from './achievement-claim.events';

/** Claims the (nominee, achievement) pair for a holder; a no-op when the holder has it already. */
export type ClaimAchievement = Command<'ClaimAchievement', { nomineeKey: string; achievementKey: string; holder: AchievementHolder }>;

/** Frees the pair once the nomination holding it ended without an award; a no-op when it no longer holds it. */
export type ReleaseAchievement = Command<
  'ReleaseAchievement',
  { nomineeKey: string; achievementKey: string; nominationId: string; reason: ClaimRelease }
>;

export type AchievementClaimCommand = ClaimAchievement | ReleaseAchievement;
