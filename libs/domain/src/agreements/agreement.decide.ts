import { Actor, DeciderContext, stamp, UserActor } from '../actors/actor';
import { requireReviewerOf } from '../actors/actor.policy';
import { endOfLocalDay, toDayNumber } from '../calendar';
import { Decider } from '../decider/decider';
import { InvalidCommand, InvalidPayload, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { OrgTree } from '../organisations/org-tree';
import { CancelAgreement, AgreementCommand, ProposeAgreement, SignAgreement } from './agreement.commands';
import { AgreementCancelled, AgreementEvent, AgreementInForce, AgreementProposed, AgreementSigned } from './agreement.events';
import { agreementTermsIssues } from './agreement-terms.validate';
import { AgreementTarget, AgreementTerms } from './agreement.terms';
import { evolveAgreement } from './agreement.evolve';
import { Agreement, awaitingSignature, initialAgreementState, ProposedAgreement } from './agreement.state';

/**
 * A joint emulation agreement (`agreement-<agreementId>`):
 *
 *   none ─Propose─► proposed ─Sign (each signatory)─► … ─last Sign─► in_force
 *                   proposed ─Cancel (any signatory)─► cancelled
 *
 * Each signatory signs for itself, through a reviewer of that organisation; the last signature
 * records `AgreementInForce` with it. Signing closes at the end of the agreement's period.
 */
export interface AgreementContext extends DeciderContext {
  tree: OrgTree;
}

export function decideAgreement(command: AgreementCommand, state: Agreement, ctx: AgreementContext): AgreementEvent[] {
  if (state.status === 'none' && command.type !== 'ProposeAgreement') throw new NotFound('agreement', command.data.agreementId);
  const { type } = command;
  switch (type) {
    case 'ProposeAgreement':
      return [propose(command, state, ctx)];
    case 'SignAgreement':
      return sign(command, state, ctx);
    case 'CancelAgreement':
      return [cancel(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown agreement command ${String(unknown)}`);
    }
  }
}

function propose(command: ProposeAgreement, state: Agreement, ctx: AgreementContext): AgreementProposed {
  const { comment, ...terms } = command.data;
  requireMemberOf(ctx.actor, terms.proposerOrgId);
  if (state.status !== 'none') throw new InvalidTransition(command.type, state.status, 'already proposed');
  const issues = agreementTermsIssues(terms, ctx.tree);
  if (issues.length > 0) throw new InvalidPayload(issues);
  return { type: 'AgreementProposed', data: { ...plainTerms(terms), ...stamp(ctx, comment) } };
}

function sign(command: SignAgreement, state: Agreement, ctx: AgreementContext): (AgreementSigned | AgreementInForce)[] {
  const { agreementId, orgId, comment } = command.data;
  requireReviewerOf(ctx.actor, orgId);
  const proposed = requireProposed(command, state);
  if (!proposed.terms.signatories.includes(orgId)) throw new NotAllowed('not_owner_org', `${orgId} is not a signatory`);
  if (proposed.signatures[orgId] !== undefined) throw new InvalidTransition(command.type, state.status, `${orgId} has already signed`);
  if (ctx.now.getTime() > endOfLocalDay(toDayNumber(proposed.terms.period.to)).getTime()) {
    throw new InvalidTransition(command.type, state.status, 'the period of the agreement is over');
  }
  const signed: AgreementSigned = { type: 'AgreementSigned', data: { agreementId, orgId, ...stamp(ctx, comment) } };
  const remaining = awaitingSignature(proposed).filter((id) => id !== orgId);
  if (remaining.length > 0) return [signed];
  return [signed, { type: 'AgreementInForce', data: { agreementId, signatories: [...proposed.terms.signatories], ...stamp(ctx) } }];
}

function cancel(command: CancelAgreement, state: Agreement, ctx: AgreementContext): AgreementCancelled {
  const proposed = requireProposed(command, state);
  const actor = ctx.actor;
  const orgId = actor.role === 'system' ? '' : actor.orgId;
  if (!proposed.terms.signatories.includes(orgId)) throw new NotAllowed('not_owner_org', `${orgId || actor.userId} is not a signatory`);
  requireReviewerOf(actor, orgId);
  const reason = command.data.reason;
  if (typeof reason !== 'string' || reason.trim() === '') throw new InvalidCommand('reason', 'must not be empty');
  return { type: 'AgreementCancelled', data: { agreementId: proposed.terms.agreementId, orgId, reason: reason.trim(), ...stamp(ctx) } };
}

function requireProposed(command: AgreementCommand, state: Agreement): ProposedAgreement {
  if (state.status !== 'proposed') throw new InvalidTransition(command.type, state.status);
  return state;
}

/** A submitter or reviewer of the organisation, acting in a role they hold. */
function requireMemberOf(actor: Actor, orgId: string): UserActor {
  if (actor.role === 'system' || actor.role === 'admin') throw new NotAllowed('requires_submitter', `acting as ${actor.role}`);
  if (!actor.roles.includes(actor.role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${actor.role}`);
  if (actor.orgId !== orgId) throw new NotAllowed('not_owner_org', `${actor.orgId} is not ${orgId}`);
  return actor;
}

function plainTerms(t: AgreementTerms): AgreementTerms {
  return {
    agreementId: t.agreementId,
    title: t.title.trim(),
    proposerOrgId: t.proposerOrgId,
    signatories: [...t.signatories],
    period: { from: t.period.from, to: t.period.to },
    targets: t.targets.map(plainTarget),
  };
}

function plainTarget(t: AgreementTarget): AgreementTarget {
  return {
    targetId: t.targetId,
    metric: t.metric.trim(),
    unit: t.unit,
    comparator: t.comparator,
    target: t.target,
    dueDate: t.dueDate,
    ...(t.nationalContent !== undefined ? { nationalContent: t.nationalContent } : {}),
    ...(t.signatoryOrgId !== undefined ? { signatoryOrgId: t.signatoryOrgId } : {}),
  };
}

export const agreementDecider: Decider<Agreement, AgreementCommand, AgreementEvent, AgreementContext> = {
  initialState: initialAgreementState,
  decide: decideAgreement,
  evolve: evolveAgreement,
};
