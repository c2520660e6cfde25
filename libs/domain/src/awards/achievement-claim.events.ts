import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { AchievementHolder } from './achievement-claim.state';

/**
 * Why a nomination no longer holds its achievement: withdrawn, refused by the council, or
 * `not_recorded` when the nomination id it claimed for was taken by a nomination of another
 * nominee or achievement (the claim was made, the nomination never recorded).
 */
export type ClaimRelease = 'withdrawn' | 'refused' | 'not_recorded';

export type AchievementClaimed = Event<
  'AchievementClaimed',
  { nomineeKey: string; achievementKey: string; holder: AchievementHolder } & Stamp
>;

export type AchievementReleased = Event<
  'AchievementReleased',
  { nomineeKey: string; achievementKey: string; nominationId: string; reason: ClaimRelease } & Stamp
>;

export type AchievementClaimEvent = AchievementClaimed | AchievementReleased;

export const ACHIEVEMENT_CLAIM_EVENT_TYPES: readonly AchievementClaimEvent['type'][] = ['AchievementClaimed', 'AchievementReleased'];
