import { DeciderContext } from '../actors/actor';
import { Decider } from '../decider/decider';
import { InvalidCommand, NotFound } from '../errors/domain.errors';
import { AuthorityPolicy } from '../routing/authority-policy';
import { advance } from './decide/advance.decide';
import { create, edit } from './decide/drafting.decide';
import { approve, reject, returnForRevision } from './decide/review.decide';
import { submit } from './decide/submission.decide';
import { withdraw } from './decide/withdrawal.decide';
import { DossierCommand } from './dossier.commands';
import { DossierEvent } from './dossier.events';
import { evolveDossier } from './dossier.evolve';
import { Dossier, initialDossierState } from './dossier.state';

/**
 * The review life cycle shared by every kind of dossier:
 *
 *   draft ─Submit─► submitted ─► in_review(0) ─Approve─► step_approved(0) ─Advance─► in_review(1) … ─Advance─► approved
 *                                     │ Return ─► returned ─Edit…/Submit─► submitted (next round, fresh route)
 *                                     │ Reject ─► rejected
 *   (any state before the final decision) ─Withdraw─► withdrawn
 *
 * Who has authority for a dossier is configuration, given as `authority`.
 *
 * Human commands never return []: repeating one that already took effect is refused with
 * InvalidTransition (the application layer de-duplicates retries of the same request by its
 * command id). The worker command AdvanceDossier returns [] when its work is already done or moot.
 */
export interface DossierContext extends DeciderContext {
  authority: AuthorityPolicy;
}

export function decideDossier(command: DossierCommand, state: Dossier, ctx: DossierContext): DossierEvent[] {
  if (state.status === 'empty' && command.type !== 'CreateDossier') throw new NotFound('dossier', command.data.dossierId);
  const { type } = command;
  switch (type) {
    case 'CreateDossier':
      return [create(command, state, ctx)];
    case 'EditDossier':
      return [edit(command, state, ctx)];
    case 'SubmitDossier':
      return submit(command, state, ctx);
    case 'ApproveReview':
      return [approve(command, state, ctx)];
    case 'ReturnDossier':
      return [returnForRevision(command, state, ctx)];
    case 'RejectDossier':
      return [reject(command, state, ctx)];
    case 'WithdrawDossier':
      return [withdraw(command, state, ctx)];
    case 'AdvanceDossier':
      return advance(command, state, ctx);
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown dossier command ${String(unknown)}`);
    }
  }
}

export const dossierDecider: Decider<Dossier, DossierCommand, DossierEvent, DossierContext> = {
  initialState: initialDossierState,
  decide: decideDossier,
  evolve: evolveDossier,
};
