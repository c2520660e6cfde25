import { Actor, UserActor } from '../../actors/actor';
import { requireRole } from '../../actors/actor.policy';
import { NotAllowed } from '../../errors/domain.errors';
import { InReviewDossier, OnHoldDossier } from '../dossier.state';

type OpenStep = InReviewDossier | OnHoldDossier;

/** The step's own reviewer organisation. */
export const reviewerOrgOf = (state: OpenStep): string => state.review.route[state.step].orgId;

/** The organisations that may decide the open step: its reviewer, then each one it was escalated to. */
export function stepDeciders(state: OpenStep): string[] {
  return [reviewerOrgOf(state), ...(state.escalations ?? []).map((escalation) => escalation.toOrgId)];
}

/**
 * A reviewer of the step's organisation, or of an organisation the step was escalated to, who then
 * acts in place of the silent reviewer: `actingFor` names it.
 */
export function requireStepReviewer(actor: Actor, state: OpenStep): { reviewer: UserActor; actingFor?: string } {
  const reviewer = requireRole(actor, 'reviewer');
  const reviewerOrgId = reviewerOrgOf(state);
  if (reviewer.orgId === reviewerOrgId) return { reviewer };
  if (stepDeciders(state).includes(reviewer.orgId)) return { reviewer, actingFor: reviewerOrgId };
  throw new NotAllowed('not_reviewer_org', `${reviewer.orgId} is neither ${reviewerOrgId} nor an organisation the step was escalated to`);
}

/** Holds and releases: a reviewer who may decide the step, or an administrator. */
export function requireStepReviewerOrAdmin(actor: Actor, state: OpenStep): UserActor {
  return actor.role === 'admin' ? requireRole(actor, 'admin') : requireStepReviewer(actor, state).reviewer;
}
