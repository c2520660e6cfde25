import { DeciderContext, stamp } from '../actors/actor';
import { Decider } from '../decider/decider';
import { InvalidCommand, InvalidTransition } from '../errors/domain.errors';
import { NOMINEE_KEY_PATTERN } from '../dossiers/payloads/award-nomination.payload';
import { Holding, PendingNomination } from './award-ledger';
import { AchievementAlreadyRewarded } from './award.errors';
import { AwardCase } from './award.state';
import { AchievementClaimCommand, ClaimAchievement, ReleaseAchievement } from './achievement-claim.commands';
import { AchievementClaimEvent, AchievementReleased, ClaimRelease } from './achievement-claim.events';
import { evolveAchievementClaim } from './achievement-claim.evolve';
import { AchievementClaim, AchievementHolder, ClaimedAchievement, initialAchievementClaim } from './achievement-claim.state';

/**
 * `holderNomination`: the nomination holding the pair now, folded from its own stream (status
 * `none` while its stream is empty), read by the caller when a nomination holds the claim. It tells
 * a live holder from one that ended without an award, whose claim is taken over even when its
 * release was never recorded (the process stopped between the two appends).
 */
export interface AchievementClaimContext extends DeciderContext {
  holderNomination?: AwardCase;
}

export function decideAchievementClaim(
  command: AchievementClaimCommand,
  state: AchievementClaim,
  ctx: AchievementClaimContext,
): AchievementClaimEvent[] {
  const { nomineeKey, achievementKey } = command.data;
  if (typeof nomineeKey !== 'string' || !NOMINEE_KEY_PATTERN.test(nomineeKey)) throw new InvalidCommand('nomineeKey', 'a nominee key');
  if (typeof achievementKey !== 'string' || achievementKey.trim() === '') throw new InvalidCommand('achievementKey', 'must not be empty');
  if (state.status === 'claimed' && (state.nomineeKey !== nomineeKey || state.achievementKey !== achievementKey)) {
    throw new InvalidCommand('achievementKey', `this claim is for ${state.nomineeKey} / ${state.achievementKey}`);
  }
  const { type } = command;
  switch (type) {
    case 'ClaimAchievement':
      return claim(command, state, ctx);
    case 'ReleaseAchievement':
      return release(command, state, ctx);
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown claim command ${String(unknown)}`);
    }
  }
}

function claim(command: ClaimAchievement, state: AchievementClaim, ctx: AchievementClaimContext): AchievementClaimEvent[] {
  const { nomineeKey, achievementKey, holder } = command.data;
  const claimed: AchievementClaimEvent = { type: 'AchievementClaimed', data: { nomineeKey, achievementKey, holder, ...stamp(ctx) } };
  if (state.status === 'free') return [claimed];
  if (sameHolder(state.holder, holder)) return [];
  const ended = endedWithoutAward(state, ctx.holderNomination);
  if (ended && state.holder.kind === 'nomination') return [released(state, state.holder.nominationId, ended, ctx), claimed];
  throw new AchievementAlreadyRewarded(command.type, existingHolding(state, ctx.holderNomination));
}

function release(command: ReleaseAchievement, state: AchievementClaim, ctx: AchievementClaimContext): AchievementClaimEvent[] {
  const { nominationId, reason } = command.data;
  const heldByIt = state.status === 'claimed' && state.holder.kind === 'nomination' && state.holder.nominationId === nominationId;
  if (!heldByIt) return [];
  const ended = endedWithoutAward(state, ctx.holderNomination);
  if (ended !== reason) {
    throw new InvalidTransition(command.type, ctx.holderNomination?.status ?? 'none', `nomination ${nominationId} still holds the achievement`);
  }
  return [released(state, nominationId, reason, ctx)];
}

function released(state: ClaimedAchievement, nominationId: string, reason: ClaimRelease, ctx: DeciderContext): AchievementReleased {
  const { nomineeKey, achievementKey } = state;
  return { type: 'AchievementReleased', data: { nomineeKey, achievementKey, nominationId, reason, ...stamp(ctx) } };
}

function sameHolder(a: AchievementHolder, b: AchievementHolder): boolean {
  if (a.kind === 'nomination') return b.kind === 'nomination' && a.nominationId === b.nominationId;
  return b.kind === 'prior_award' && a.form === b.form && a.decisionRef === b.decisionRef;
}

/**
 * Whether the nomination holding the claim ended without an award. A nomination not recorded yet
 * (status `none`) still holds it: its claimant may be about to record it, or will on a retry.
 */
function endedWithoutAward(claim: ClaimedAchievement, nomination: AwardCase | undefined): ClaimRelease | undefined {
  if (claim.holder.kind !== 'nomination' || !nomination || nomination.status === 'none') return undefined;
  if (nomination.nominationId !== claim.holder.nominationId) return undefined;
  if (nomination.nominee.key !== claim.nomineeKey || nomination.achievement.key !== claim.achievementKey) return 'not_recorded';
  if (nomination.status === 'withdrawn') return 'withdrawn';
  if (nomination.status === 'refused') return 'refused';
  return undefined;
}

/** The award or open nomination a refused claim ran into, as the ledger would show it. */
function existingHolding(claim: ClaimedAchievement, nomination: AwardCase | undefined): Holding | PendingNomination {
  const { nomineeKey, achievementKey, holder } = claim;
  if (holder.kind === 'prior_award') {
    const { form, year, decisionRef } = holder;
    return { nomineeKey, form, year, achievementKey, source: 'prior', decisionRef, grantedAt: claim.claimedAt };
  }
  if (nomination && (nomination.status === 'granted' || nomination.status === 'revoked')) {
    const decisionRef = [...nomination.votes].reverse().find((vote) => vote.outcome === 'granted')?.decisionRef;
    const revoked = nomination.status === 'revoked' ? { revoked: { at: nomination.revocation.at, reason: nomination.revocation.reason } } : {};
    return {
      nomineeKey,
      form: nomination.form,
      year: nomination.achievement.year,
      achievementKey,
      source: 'council',
      nominationId: nomination.nominationId,
      ...(decisionRef !== undefined ? { decisionRef } : {}),
      grantedAt: nomination.grantedAt,
      ...revoked,
    };
  }
  return { nominationId: holder.nominationId, nomineeKey, form: holder.form, achievementKey };
}

export const achievementClaimDecider: Decider<AchievementClaim, AchievementClaimCommand, AchievementClaimEvent, AchievementClaimContext> = {
  initialState: initialAchievementClaim,
  decide: decideAchievementClaim,
  evolve: evolveAchievementClaim,
};
