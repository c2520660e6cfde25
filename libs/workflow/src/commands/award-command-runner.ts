import {
  Actor,
  AwardCase,
  AwardCommand,
  AwardContext,
  awardDecider,
  AwardLedger,
  awardStream,
  dossierDecider,
  fold,
  InvalidPayload,
  NominateForAward,
  nominationDossierProblems,
  NOMINEE_KEY,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { claimAchievement, ClaimIssuer, releaseAchievement } from '../awards/achievement-claims';
import { AwardLedgerSource } from '../awards/award-ledger-source';
import { AwardRuleBook } from '../awards/award-rule-book';
import { OrgTreeReader } from '../organisations/org-tree-reader';
import { commandMetadata } from './command-metadata';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';
import { dossierStream } from './dossier-stream';

export interface AwardCommandInput {
  command: AwardCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
}

/** What award commands are decided with: the rules, the nominee's ledger (read model), the hierarchy. */
export interface AwardWorld {
  store: EventStore;
  awardRules: AwardRuleBook;
  ledger: AwardLedgerSource;
  orgTree: OrgTreeReader;
}

/**
 * One award command: load, decide, append (runDeciderCommand). A nomination is decided first and
 * only then claims its (nominee, achievement) pair, so a refused nomination appends nothing
 * anywhere; its own event follows the claim. A nomination that ends without an award (withdrawn,
 * refused by the council) releases the pair; a retry of that command releases it if the first
 * attempt stopped in between, and the next claim takes over a claim whose holder ended anyway.
 */
export async function runAwardCommand(world: AwardWorld, input: AwardCommandInput): Promise<CommandOutcome<AwardCase>> {
  const { command, commandId } = input;
  let context: AwardContext | undefined;
  const outcome = await runDeciderCommand(
    world.store,
    awardDecider,
    {
      stream: awardStream(command.data.nominationId),
      command: async (state) => {
        context = await awardContext(world, input, state);
        if (command.type === 'NominateForAward') await prepareNomination(world, input, command, state, context);
        return command;
      },
      request: command,
      commandId,
      metadata: commandMetadata(input.actor, commandId, input.correlationId),
    },
    () => context!,
  );
  await releaseWhenEnded(world.store, outcome.state, input);
  return outcome;
}

/** Refusals first (eligibility, authority, the dossier it rests on), then the claim on the achievement. */
async function prepareNomination(world: AwardWorld, issuer: ClaimIssuer, command: NominateForAward, state: AwardCase, context: AwardContext) {
  awardDecider.decide(command, state, context);
  const { dossierId, nominee, achievement, form, nominationId } = command.data;
  if (dossierId !== undefined) {
    const dossier = fold(dossierDecider, (await world.store.readStream(dossierStream(dossierId))) as never);
    const problems = nominationDossierProblems(dossier, command.data);
    if (problems.length > 0) throw new InvalidPayload(problems);
  }
  const holder = { kind: 'nomination' as const, nominationId, form };
  await claimAchievement(world.store, { nomineeKey: nominee.key, achievementKey: achievement.key.trim(), holder }, issuer);
}

async function awardContext(world: AwardWorld, input: AwardCommandInput, state: AwardCase): Promise<AwardContext> {
  const { command } = input;
  const nomineeKey = command.type === 'NominateForAward' ? command.data.nominee?.key : state.status !== 'none' ? state.nominee.key : undefined;
  // Withdrawals and revocations read no history; a nomination and a vote do.
  const readsLedger = command.type === 'NominateForAward' || command.type === 'RecordCouncilVote';
  const ledger = readsLedger && typeof nomineeKey === 'string' && NOMINEE_KEY.test(nomineeKey) ? await world.ledger.ledgerFor(nomineeKey) : AwardLedger.empty();
  return { now: input.now, actor: input.actor, awardRules: world.awardRules.ruleSets, ledger, tree: await world.orgTree.current() };
}

async function releaseWhenEnded(store: EventStore, state: AwardCase, issuer: ClaimIssuer): Promise<void> {
  if (state.status !== 'withdrawn' && state.status !== 'refused') return;
  const { nominee, achievement, nominationId } = state;
  await releaseAchievement(store, { nomineeKey: nominee.key, achievementKey: achievement.key, nominationId, reason: state.status }, issuer);
}
