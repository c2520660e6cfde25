import { DeciderContext } from '../actors/actor';
import { Decider } from '../decider/decider';
import { InvalidCommand, NotFound } from '../errors/domain.errors';
import { AuthorityPolicy } from '../routing/authority-policy';
import { DeadlinePolicies } from './deadlines/deadline-policy';
import { advance } from './decide/advance.decide';
import { handleDeadline } from './decide/deadline.decide';
import { create, edit } from './decide/drafting.decide';
import { putOnHold, release } from './decide/hold.decide';
import { migrateRuleSet } from './decide/migration.decide';
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
 *   in_review ─HandleDeadline─► remind (once) · escalate at due, then every grace period up the
 *             route and the hierarchy (the orgs notified may decide in place) · or, at a
 *             consultation step, consent by silence ─► step_approved
 *   in_review ─PutOnHold─► on_hold ─Release(new due date)─► in_review
 *   (submitted … returned) ─MigrateRuleSet─► same state under another rule-set version
 *
 * Who has authority for a dossier is configuration, given as `authority`.
 *
 * Human commands never return []: repeating one that already took effect is refused with
 * InvalidTransition (the application layer de-duplicates retries of the same request by its
 * command id). The worker commands AdvanceDossier and HandleDeadline return [] when their work is
 * already done or moot (HandleDeadline also when it fires early).
 */
export interface DossierContext extends DeciderContext {
  authority: AuthorityPolicy;
  /**
   * Deadline rules by rule-set version (see `deadlinePolicies`); required by HandleDeadline, which
   * uses the version the dossier runs under.
   */
  deadlines?: DeadlinePolicies;
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
    case 'HandleDeadline':
      return handleDeadline(command, state, ctx);
    case 'PutDossierOnHold':
      return [putOnHold(command, state, ctx)];
    case 'ReleaseDossier':
      return [release(command, state, ctx)];
    case 'MigrateRuleSet':
      return [migrateRuleSet(command, state, ctx)];
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
