import {
  AchievementClaim,
  AchievementClaimCommand,
  achievementClaimDecider,
  Actor,
  AwardCase,
  awardDecider,
  awardStream,
  ClaimAchievement,
  fold,
  ReleaseAchievement,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { commandMetadata } from '../commands/command-metadata';
import { CommandOutcome, runDeciderCommand } from '../commands/decider-command-runner';
import { achievementClaimStream } from './achievement-claim-stream';

/** The command on whose behalf a claim is taken or released: its actor, id and time. */
export interface ClaimIssuer {
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
}

/**
 * Claims the pair with the claim stream's expected revision: of two concurrent claims one appends,
 * the other re-reads, finds the pair held and is refused (AchievementAlreadyRewarded, HTTP 409).
 */
export function claimAchievement(store: EventStore, data: ClaimAchievement['data'], issuer: ClaimIssuer): Promise<CommandOutcome<AchievementClaim>> {
  return runClaimCommand(store, { type: 'ClaimAchievement', data }, issuer);
}

/** Frees the pair once its nomination was withdrawn or refused; nothing when it no longer holds it. */
export function releaseAchievement(store: EventStore, data: ReleaseAchievement['data'], issuer: ClaimIssuer): Promise<CommandOutcome<AchievementClaim>> {
  return runClaimCommand(store, { type: 'ReleaseAchievement', data }, issuer);
}

function runClaimCommand(store: EventStore, command: AchievementClaimCommand, issuer: ClaimIssuer) {
  const { actor, commandId, now } = issuer;
  return runDeciderCommand(
    store,
    achievementClaimDecider,
    {
      stream: achievementClaimStream(command.data.nomineeKey, command.data.achievementKey),
      command,
      request: command,
      commandId,
      metadata: commandMetadata(actor, commandId, issuer.correlationId),
    },
    async (state) => ({ now, actor, holderNomination: await holderNomination(store, state) }),
  );
}

/** The nomination holding the claim, from its own stream: whether it is still alive decides a takeover. */
async function holderNomination(store: EventStore, claim: AchievementClaim): Promise<AwardCase | undefined> {
  if (claim.status !== 'claimed' || claim.holder.kind !== 'nomination') return undefined;
  const events = await store.readStream(awardStream(claim.holder.nominationId));
  return fold(awardDecider, events as never);
}
