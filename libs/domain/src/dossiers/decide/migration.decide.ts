import { stamp } from '../../actors/actor';
import { requireRole } from '../../actors/actor.policy';
import { InvalidCommand, InvalidTransition } from '../../errors/domain.errors';
import { isIsoInstant } from '../../time/iso-instant';
import { MigrateRuleSet } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { DossierRuleSetMigrated } from '../dossier.events';
import { Dossier, isClosed } from '../dossier.state';

/**
 * An administrator moves a running dossier (submitted and not closed) to another rule-set
 * version: the version it keeps otherwise from its first submission to the end. Later steps, their
 * deadlines and a resubmission use the new version. A step running at the time takes `dueAt`, its
 * due date under the new version (it may already be past: its deadlines then fire at once); a held
 * step gets its due date on release; between steps, the next step is computed under the new version.
 * The application checks that `toVersion` exists.
 */
export function migrateRuleSet(command: MigrateRuleSet, state: Dossier, ctx: DossierContext): DossierRuleSetMigrated {
  requireRole(ctx.actor, 'admin');
  if (state.status === 'empty' || state.status === 'draft' || isClosed(state)) {
    throw new InvalidTransition(command.type, state.status, 'only a running dossier can be migrated');
  }
  const { toVersion, dueAt, comment } = command.data;
  if (typeof toVersion !== 'string' || toVersion.trim() === '') throw new InvalidCommand('toVersion', 'must not be empty');
  const fromVersion = state.review.ruleSetVersion;
  if (toVersion === fromVersion) throw new InvalidTransition(command.type, state.status, `already under ${toVersion}`);
  if (state.status === 'in_review' && !isIsoInstant(dueAt)) {
    throw new InvalidCommand('dueAt', 'the open step needs its due date under the new version, an ISO instant');
  }
  if (state.status !== 'in_review' && dueAt !== undefined) {
    throw new InvalidCommand('dueAt', `no step is running while ${state.status}`);
  }
  return {
    type: 'DossierRuleSetMigrated',
    data: {
      dossierId: state.dossierId,
      round: state.review.round,
      fromVersion,
      toVersion,
      ...(dueAt !== undefined ? { dueAt } : {}),
      ...stamp(ctx, comment),
    },
  };
}
