import { AwardForm } from '../rules/rule-set';

/** What holds an achievement: a nomination (open, granted or revoked), or an award entered from an earlier decision. */
export type AchievementHolder =
  | { kind: 'nomination'; nominationId: string; form: AwardForm }
  | { kind: 'prior_award'; form: AwardForm; year: number; decisionRef: string };

/** Never claimed, or released by the nomination that held it. */
export type FreeAchievement = { status: 'free'; released?: { nominationId: string; at: string } };

export type ClaimedAchievement = {
  status: 'claimed';
  nomineeKey: string;
  achievementKey: string;
  holder: AchievementHolder;
  claimedAt: string;
};

/**
 * One stream per (nominee, achievement) pair: at most one holder at a time. Every nomination and
 * every earlier award entered claims the pair with the stream's expected revision before its own
 * event is appended, so of two concurrent nominations of the same achievement, in two streams and
 * with two forms, exactly one gets it. A withdrawal or a refusal releases it; a grant keeps it,
 * and so does a revocation (a revoked award was still given for that achievement).
 */
export type AchievementClaim = FreeAchievement | ClaimedAchievement;

export const initialAchievementClaim = (): AchievementClaim => ({ status: 'free' });
