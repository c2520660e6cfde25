import { stamp } from '../../actors/actor';
import { requireSubmitterOf } from '../../actors/actor.policy';
import { InvalidTransition } from '../../errors/domain.errors';
import { CreateDossier, EditDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { DossierCreated, DossierEdited } from '../dossier.events';
import { Dossier } from '../dossier.state';
import { validateDossierContent } from '../payloads/dossier-content';

export function create(command: CreateDossier, state: Dossier, ctx: DossierContext): DossierCreated {
  const { dossierId, orgId, kind, payload, comment } = command.data;
  requireSubmitterOf(ctx.actor, orgId);
  if (state.status !== 'empty') throw new InvalidTransition(command.type, state.status, 'the dossier already exists');
  const content = validateDossierContent(kind, payload);
  return { type: 'DossierCreated', data: { dossierId, orgId, ...content, ...stamp(ctx, comment) } };
}

/** The payload can change only while the dossier is with its submitter: a draft, or returned. */
export function edit(command: EditDossier, state: Dossier, ctx: DossierContext): DossierEdited {
  if (state.status === 'empty') throw new InvalidTransition(command.type, state.status);
  requireSubmitterOf(ctx.actor, state.orgId);
  if (state.status !== 'draft' && state.status !== 'returned') throw new InvalidTransition(command.type, state.status);
  const { payload } = validateDossierContent(state.content.kind, command.data.payload);
  return { type: 'DossierEdited', data: { dossierId: state.dossierId, payload, ...stamp(ctx, command.data.comment) } };
}
