import { stamp } from '../../actors/actor';
import { stepDurationProblem } from '../../calendar/step-duration';
import { InvalidCommand, InvalidTransition } from '../../errors/domain.errors';
import { instantMs } from '../../time/iso-instant';
import { PutDossierOnHold, ReleaseDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { StaleReviewStep } from '../dossier.errors';
import { DossierPutOnHold, DossierReleased } from '../dossier.events';
import { Dossier, HOLD_REASONS, InReviewDossier, OnHoldDossier } from '../dossier.state';
import { requireStepReviewerOrAdmin, reviewerOrgOf } from './step-deciders';

/**
 * Stops the open step's clock (e.g. a nomination whose nominee faces a pending discipline,
 * investigation or complaint). While on hold no review decision is taken and no deadline fires;
 * the submitter may still withdraw. By a reviewer who may decide the step, or an administrator.
 */
export function putOnHold(command: PutDossierOnHold, state: Dossier, ctx: DossierContext): DossierPutOnHold {
  const open = requireOpenStep(command, state, ctx, 'in_review');
  const { reason, remaining } = command.data;
  if (!HOLD_REASONS.includes(reason)) throw new InvalidCommand('reason', `must be one of ${HOLD_REASONS.join(', ')}`);
  const note = command.data.note?.trim() ?? '';
  if (reason === 'other' && note === '') throw new InvalidCommand('note', 'a hold for another reason needs a note');
  const problem = stepDurationProblem(remaining);
  if (problem) throw new InvalidCommand('remaining', problem);
  return {
    type: 'DossierPutOnHold',
    data: { ...stepOf(open), reason, ...(note ? { note } : {}), remaining, dueAt: open.dueAt, ...stamp(ctx) },
  };
}

/** Restarts the held step's clock with the due date the application recomputed in working days. */
export function release(command: ReleaseDossier, state: Dossier, ctx: DossierContext): DossierReleased {
  const held = requireOpenStep(command, state, ctx, 'on_hold');
  const { dueAt, comment } = command.data;
  if (!(instantMs(dueAt) >= ctx.now.getTime())) throw new InvalidCommand('dueAt', 'must be an ISO instant, not before now');
  return { type: 'DossierReleased', data: { ...stepOf(held), dueAt, ...stamp(ctx, comment) } };
}

function requireOpenStep<S extends 'in_review' | 'on_hold'>(
  command: PutDossierOnHold | ReleaseDossier,
  state: Dossier,
  ctx: DossierContext,
  expected: S,
): Extract<InReviewDossier | OnHoldDossier, { status: S }> {
  if (state.status !== 'in_review' && state.status !== 'on_hold') {
    throw new InvalidTransition(command.type, state.status, 'no review step is open');
  }
  const { round, step } = command.data;
  if (round !== state.review.round || step !== state.step) {
    throw new StaleReviewStep(command.type, { round: state.review.round, step: state.step }, { round, step }, state.status);
  }
  requireStepReviewerOrAdmin(ctx.actor, state);
  if (state.status !== expected) {
    throw new InvalidTransition(command.type, state.status, expected === 'in_review' ? 'already on hold' : 'not on hold');
  }
  return state as Extract<InReviewDossier | OnHoldDossier, { status: S }>;
}

function stepOf(state: InReviewDossier | OnHoldDossier) {
  return { dossierId: state.dossierId, round: state.review.round, step: state.step, reviewerOrgId: reviewerOrgOf(state) };
}
