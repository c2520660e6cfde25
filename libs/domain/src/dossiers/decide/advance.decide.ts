import { stamp } from '../../actors/actor';
import { requireSystem } from '../../actors/actor.policy';
import { InvalidCommand, InvalidTransition } from '../../errors/domain.errors';
import { instantMs } from '../../time/iso-instant';
import { AdvanceDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { DossierApproved, ReviewRequested } from '../dossier.events';
import { approvedThrough, currentRound, Dossier, StepApprovedDossier } from '../dossier.state';

/**
 * The advance worker's command after `ReviewApproved{ round, step: afterStep }`. Idempotent by
 * construction — it acts only while that very approval awaits its follow-up:
 *
 *   - acts:  status step_approved, same round, step === afterStep → next ReviewRequested, or
 *            DossierApproved after the last step of the route;
 *   - []:    the follow-up already happened or became moot: an earlier round (the dossier was
 *            returned and resubmitted since), an earlier step (the next one is already open or
 *            decided), or the dossier was since returned, rejected, withdrawn or approved;
 *   - throws InvalidTransition: the approval it refers to has not happened (a later round, a step
 *            not yet approved, a dossier never submitted) — a bug upstream, not a retry.
 */
export function advance(command: AdvanceDossier, state: Dossier, ctx: DossierContext): (ReviewRequested | DossierApproved)[] {
  requireSystem(ctx.actor);
  const { round, afterStep } = command.data;
  const stateRound = currentRound(state);
  if (round > stateRound || (round === stateRound && afterStep > approvedThrough(state))) {
    throw new InvalidTransition(command.type, state.status, `step ${round}.${afterStep} has not been approved`);
  }
  if (state.status !== 'step_approved' || round !== stateRound || afterStep !== state.step) return [];
  return [isLastStep(state) ? finalApproval(state, ctx) : nextStep(command, state, ctx)];
}

function isLastStep(state: StepApprovedDossier): boolean {
  return state.step === state.review.route.length - 1;
}

function nextStep(command: AdvanceDossier, state: StepApprovedDossier, ctx: DossierContext): ReviewRequested {
  const { dueAt } = command.data;
  if (dueAt === undefined || !(instantMs(dueAt) > ctx.now.getTime())) {
    throw new InvalidCommand('dueAt', 'opening a step needs an ISO instant after now');
  }
  const step = state.step + 1;
  const { orgId, level } = state.review.route[step];
  return {
    type: 'ReviewRequested',
    data: {
      dossierId: state.dossierId,
      round: state.review.round,
      step,
      reviewerOrgId: orgId,
      level,
      dueAt,
      ruleSetVersion: state.review.ruleSetVersion,
      ...stamp(ctx),
    },
  };
}

function finalApproval(state: StepApprovedDossier, ctx: DossierContext): DossierApproved {
  const authority = state.review.route[state.step];
  return {
    type: 'DossierApproved',
    data: {
      dossierId: state.dossierId,
      round: state.review.round,
      authorityOrgId: authority.orgId,
      authorityLevel: authority.level,
      ...stamp(ctx),
    },
  };
}
