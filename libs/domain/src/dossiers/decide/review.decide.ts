import { stamp } from '../../actors/actor';
import { requireRole } from '../../actors/actor.policy';
import { InvalidCommand, InvalidTransition } from '../../errors/domain.errors';
import { ApproveReview, RejectDossier, ReturnDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { StaleReviewStep } from '../dossier.errors';
import { DossierRejected, DossierReturned, ReviewApproved } from '../dossier.events';
import { Dossier, InReviewDossier } from '../dossier.state';
import { requireStepReviewer } from './step-deciders';

type ReviewCommand = ApproveReview | ReturnDossier | RejectDossier;

/** Forward up: the advance worker then opens the next step or records the final approval. */
export function approve(command: ApproveReview, state: Dossier, ctx: DossierContext): ReviewApproved {
  const decision = requireOpenStepReviewer(command, state, ctx);
  return {
    type: 'ReviewApproved',
    data: { ...decision, ...stamp(ctx, command.data.comment) },
  };
}

/** Back down to the submitter for revision; a resubmission starts a new round (see submission). */
export function returnForRevision(command: ReturnDossier, state: Dossier, ctx: DossierContext): DossierReturned {
  const decision = requireOpenStepReviewer(command, state, ctx);
  return { type: 'DossierReturned', data: { ...decision, reason: requireReason(command), ...stamp(ctx) } };
}

export function reject(command: RejectDossier, state: Dossier, ctx: DossierContext): DossierRejected {
  const decision = requireOpenStepReviewer(command, state, ctx);
  return { type: 'DossierRejected', data: { ...decision, reason: requireReason(command), ...stamp(ctx) } };
}

/**
 * Acting reviewer → a step is open (and not on hold) → it is the step the reviewer saw → the
 * reviewer is of its organisation, or of one the step was escalated to (then acting in its place).
 */
function requireOpenStepReviewer(command: ReviewCommand, state: Dossier, ctx: DossierContext) {
  requireRole(ctx.actor, 'reviewer');
  if (state.status === 'on_hold') throw new InvalidTransition(command.type, state.status, 'the dossier is on hold');
  if (state.status !== 'in_review') throw new InvalidTransition(command.type, state.status, 'no review step is open');
  const { round, step } = command.data;
  if (round !== state.review.round || step !== state.step) {
    throw new StaleReviewStep(command.type, { round: state.review.round, step: state.step }, { round, step });
  }
  const { actingFor } = requireStepReviewer(ctx.actor, state);
  return { ...openStep(state), ...(actingFor ? { actingFor } : {}) };
}

function openStep(state: InReviewDossier) {
  return {
    dossierId: state.dossierId,
    round: state.review.round,
    step: state.step,
    reviewerOrgId: state.review.route[state.step].orgId,
  };
}

function requireReason(command: ReturnDossier | RejectDossier): string {
  const { reason } = command.data;
  if (typeof reason !== 'string' || reason.trim() === '') throw new InvalidCommand('reason', 'a reason is required');
  return reason.trim();
}
