import { Actor, DeciderContext, stamp, UserActor } from '../actors/actor';
import { requireRole } from '../actors/actor.policy';
import { Decider } from '../decider/decider';
import { NOMINEE_KINDS } from '../dossiers/payloads/award-nomination.payload';
import { InvalidCommand, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { OrgTree } from '../organisations/org-tree';
import { AWARD_FORMS, StepLevel } from '../rules/rule-set';
import { versionById, versionInForce } from '../scoring/rule-version';
import { AwardLedger } from './award-ledger';
import { AwardRuleSet } from './award-rules';
import { AwardCommand, NominateForAward, RecordCouncilVote, RevokeAward, WithdrawNomination } from './award.commands';
import { AchievementAlreadyRewarded, IneligibleNomination } from './award.errors';
import { AwardEvent, AwardNominated, AwardRevoked, CouncilVoteRecorded, EligibilityOverridden, NominationWithdrawn } from './award.events';
import { evolveAward } from './award.evolve';
import { AwardCase, initialAwardState, OpenNomination } from './award.state';
import { tallyVotes, voteProblems } from './council-vote';
import { checkEligibility } from './eligibility';
import { NOMINEE_KEY } from './honours.decide';
import { Achievement, AwardNominee } from './nomination';

const NOMINATION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * One stream per nomination (`award-<nominationId>`):
 *
 *   none ─Nominate (eligible, or overridden with a justification)─► nominated
 *   nominated ─RecordCouncilVote─► granted | refused | nominated (no quorum)
 *   nominated ─Withdraw─► withdrawn          granted ─Revoke─► revoked
 *
 * The award rules in force when the nomination is made are recorded (`ruleSetVersion`) and used to
 * its end, so a later change of conditions or council rules applies to later nominations only.
 * `ledger` is the award history of everyone at this moment (`AwardLedger.fromEvents`), `tree` the
 * hierarchy, to tell which reviewers have authority for a form.
 */
export interface AwardContext extends DeciderContext {
  awardRules: readonly AwardRuleSet[];
  ledger: AwardLedger;
  tree: OrgTree;
}

export function decideAward(command: AwardCommand, state: AwardCase, ctx: AwardContext): AwardEvent[] {
  if (state.status === 'none' && command.type !== 'NominateForAward') throw new NotFound('award nomination', command.data.nominationId);
  const { type } = command;
  switch (type) {
    case 'NominateForAward':
      return nominate(command, state, ctx);
    case 'RecordCouncilVote':
      return [recordVote(command, state, ctx)];
    case 'RevokeAward':
      return [revoke(command, state, ctx)];
    case 'WithdrawNomination':
      return [withdraw(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown award command ${String(unknown)}`);
    }
  }
}

function nominate(command: NominateForAward, state: AwardCase, ctx: AwardContext): (AwardNominated | EligibilityOverridden)[] {
  const actor = requireNominator(ctx.actor);
  if (state.status !== 'none') throw new InvalidTransition(command.type, state.status, 'already nominated');
  const { nominationId, form, dossierId, override, comment } = command.data;
  if (typeof nominationId !== 'string' || !NOMINATION_ID.test(nominationId)) {
    throw new InvalidCommand('nominationId', 'letters, digits, ".", "-" and "_"');
  }
  if (!AWARD_FORMS.includes(form)) throw new InvalidCommand('form', `one of ${AWARD_FORMS.join(', ')}`);
  const nominee = requireNominee(command.data.nominee, ctx.tree);
  if (!isWithin(ctx.tree, nominee, actor.orgId)) throw new NotAllowed('not_owner_org', `${nominee.orgId} is not within ${actor.orgId}`);
  const achievement = requireAchievement(command.data.achievement);
  const { ledger } = ctx;
  const existing = ledger.rewardFor(nominee.key, achievement.key) ?? ledger.openNominationFor(nominee.key, achievement.key, nominationId);
  if (existing) throw new AchievementAlreadyRewarded(command.type, existing);

  const rules = versionInForce(ctx.awardRules, ctx.now);
  const rule = rules.forms[form];
  const eligibility = checkEligibility(rules, ctx.ledger, nominee, form, achievement);
  const nominated: AwardNominated = {
    type: 'AwardNominated',
    data: {
      nominationId,
      ...(dossierId !== undefined ? { dossierId } : {}),
      nominee,
      form,
      achievement,
      ruleSetVersion: rules.version,
      decidedBy: rule.decidedBy,
      authority: [...rule.authority],
      eligibility,
      ...stamp(ctx, comment),
    },
  };
  if (eligibility.eligible) {
    if (override !== undefined) throw new InvalidCommand('override', 'the nominee is eligible: there is nothing to override');
    return [nominated];
  }
  if (override === undefined) throw new IneligibleNomination(rules.version, eligibility.failed);
  requireAuthority(actor, rule.authority, nominee, ctx.tree);
  const justification = typeof override.justification === 'string' ? override.justification.trim() : '';
  if (justification === '') throw new InvalidCommand('override.justification', 'an override needs a written justification');
  return [nominated, { type: 'EligibilityOverridden', data: { nominationId, justification, failed: eligibility.failed, ...stamp(ctx) } }];
}

function recordVote(command: RecordCouncilVote, state: AwardCase, ctx: AwardContext): CouncilVoteRecorded {
  const open = requireOpen(command, state);
  const actor = requireAuthority(ctx.actor, open.authority, open.nominee, ctx.tree);
  const { votes, decisionRef, comment } = command.data;
  const problem = voteProblems(votes);
  if (problem) throw new InvalidCommand('votes', problem);
  const rules = versionById(ctx.awardRules, open.ruleSetVersion);
  const tally = tallyVotes(votes, rules.council);
  if (tally.outcome === 'granted') {
    const existing = ctx.ledger.rewardFor(open.nominee.key, open.achievement.key);
    if (existing) throw new AchievementAlreadyRewarded(command.type, existing);
  }
  const { members, against, abstain } = votes;
  return {
    type: 'CouncilVoteRecorded',
    data: {
      nominationId: open.nominationId,
      councilOrgId: actor.orgId,
      votes: { members, for: votes.for, against, abstain },
      present: tally.present,
      quorate: tally.quorate,
      outcome: tally.outcome,
      ...(decisionRef !== undefined && decisionRef.trim() !== '' ? { decisionRef: decisionRef.trim() } : {}),
      ...stamp(ctx, comment),
    },
  };
}

function revoke(command: RevokeAward, state: AwardCase, ctx: AwardContext): AwardRevoked {
  if (state.status !== 'granted') throw new InvalidTransition(command.type, state.status, 'only a granted award can be revoked');
  if (ctx.actor.role !== 'admin') requireAuthority(ctx.actor, state.authority, state.nominee, ctx.tree);
  else requireRole(ctx.actor, 'admin');
  const { reason, decisionRef } = command.data;
  if (typeof reason !== 'string' || reason.trim() === '') throw new InvalidCommand('reason', 'a revocation states its reason');
  return {
    type: 'AwardRevoked',
    data: {
      nominationId: state.nominationId,
      reason: reason.trim(),
      ...(decisionRef !== undefined && decisionRef.trim() !== '' ? { decisionRef: decisionRef.trim() } : {}),
      ...stamp(ctx),
    },
  };
}

function withdraw(command: WithdrawNomination, state: AwardCase, ctx: AwardContext): NominationWithdrawn {
  const open = requireOpen(command, state);
  const actor = requireNominator(ctx.actor);
  if (actor.orgId !== open.nominatedBy.orgId) requireAuthority(actor, open.authority, open.nominee, ctx.tree);
  const reason = command.data.reason?.trim();
  return { type: 'NominationWithdrawn', data: { nominationId: open.nominationId, ...(reason ? { reason } : {}), ...stamp(ctx) } };
}

function requireOpen(command: AwardCommand, state: AwardCase): OpenNomination {
  if (state.status !== 'nominated') throw new InvalidTransition(command.type, state.status);
  return state;
}

/** A submitter or reviewer, acting in a role they hold (of the nominee's organisation or one above it). */
function requireNominator(actor: Actor): UserActor {
  if (actor.role === 'system' || actor.role === 'admin') throw new NotAllowed('requires_submitter', `acting as ${actor.role}`);
  if (!actor.roles.includes(actor.role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${actor.role}`);
  return actor;
}

/**
 * A reviewer of an organisation at one of the form's authority levels, which is the nominee's own
 * organisation or above it (a unit decides its own certificates, not another unit's).
 */
function requireAuthority(actor: Actor, authority: readonly StepLevel[], nominee: AwardNominee, tree: OrgTree): UserActor {
  const reviewer = requireRole(actor, 'reviewer');
  const level = tree.get(reviewer.orgId)?.level;
  if (level === undefined || !authority.includes(level)) {
    throw new NotAllowed('not_reviewer_org', `${reviewer.orgId} has no authority for this form (${authority.join(' or ')})`);
  }
  if (!isWithin(tree, nominee, reviewer.orgId)) {
    throw new NotAllowed('not_reviewer_org', `${nominee.orgId} is not within ${reviewer.orgId}`);
  }
  return reviewer;
}

/** The nominee belongs to `orgId` or to an organisation below it (always, when its organisation is not named). */
function isWithin(tree: OrgTree, nominee: AwardNominee, orgId: string): boolean {
  return nominee.orgId === undefined || nominee.orgId === orgId || tree.isDescendant(nominee.orgId, orgId);
}

function requireNominee(nominee: AwardNominee, tree: OrgTree): AwardNominee {
  if (!nominee || !NOMINEE_KINDS.includes(nominee.kind)) throw new InvalidCommand('nominee.kind', `one of ${NOMINEE_KINDS.join(', ')}`);
  if (typeof nominee.key !== 'string' || !NOMINEE_KEY.test(nominee.key)) {
    throw new InvalidCommand('nominee.key', 'letters, digits, ".", "-" and "_"');
  }
  if (typeof nominee.name !== 'string' || nominee.name.trim() === '') throw new InvalidCommand('nominee.name', 'must not be empty');
  if (nominee.orgId !== undefined && !tree.get(nominee.orgId)) {
    throw new InvalidCommand('nominee.orgId', `no organisation ${nominee.orgId}`);
  }
  const org = nominee.orgId !== undefined ? { orgId: nominee.orgId } : {};
  return { kind: nominee.kind, key: nominee.key, name: nominee.name.trim(), ...org };
}

function requireAchievement(achievement: Achievement): Achievement {
  const { key, year, description, attainment } = achievement ?? ({} as Achievement);
  if (typeof key !== 'string' || key.trim() === '') throw new InvalidCommand('achievement.key', 'must not be empty');
  if (!Number.isSafeInteger(year) || year < 1945 || year > 2100) throw new InvalidCommand('achievement.year', 'an integer year');
  if (typeof description !== 'string' || description.trim() === '') {
    throw new InvalidCommand('achievement.description', 'must not be empty');
  }
  if (attainment !== undefined && !(attainment >= 0 && attainment <= 1)) throw new InvalidCommand('achievement.attainment', 'from 0 to 1');
  return { key: key.trim(), year, description: description.trim(), ...(attainment !== undefined ? { attainment } : {}) };
}

export const awardDecider: Decider<AwardCase, AwardCommand, AwardEvent, AwardContext> = {
  initialState: initialAwardState,
  decide: decideAward,
  evolve: evolveAward,
};
