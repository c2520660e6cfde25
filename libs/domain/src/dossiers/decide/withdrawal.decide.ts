import { stamp } from '../../actors/actor';
import { requireSubmitterOf } from '../../actors/actor.policy';
import { InvalidTransition } from '../../errors/domain.errors';
import { WithdrawDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { DossierWithdrawn } from '../dossier.events';
import { currentRound, Dossier, isClosed } from '../dossier.state';

/** The submitter may withdraw at any time before the final decision (approved or rejected). */
export function withdraw(command: WithdrawDossier, state: Dossier, ctx: DossierContext): DossierWithdrawn {
  if (state.status === 'empty') throw new InvalidTransition(command.type, state.status);
  requireSubmitterOf(ctx.actor, state.orgId);
  if (isClosed(state)) throw new InvalidTransition(command.type, state.status, 'the dossier is closed');
  const { reason } = command.data;
  return {
    type: 'DossierWithdrawn',
    data: {
      dossierId: state.dossierId,
      round: currentRound(state),
      ...(reason !== undefined && reason.trim() !== '' ? { reason: reason.trim() } : {}),
      ...stamp(ctx),
    },
  };
}
