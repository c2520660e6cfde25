import { DOSSIER_EVENT_TYPES, DossierContent, DossierEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { dossierHeadline } from './dossier-headline';
import { DOSSIERS_TABLE, DossierRow } from './dossier.row';
import { DossierStage, listStatus } from './dossier-status';

/**
 * One row per dossier. Only the decider writes these events, so each fits the row it finds; an
 * event for a dossier with no row (never created) changes nothing.
 */
export function evolveDossierRow(row: DossierRow | null, recorded: RecordedEvent): DossierRow | null {
  const event = asDomainEvent<DossierEvent>(recorded, DOSSIER_EVENT_TYPES);
  if (event === null) return row;
  const { type, data } = event;
  if (type === 'DossierCreated') return row ?? created(event.data, recorded);
  if (row === null) return row;
  const next = (stage: DossierStage, changes: Partial<DossierRow> = {}): DossierRow => ({
    ...row,
    ...changes,
    stage,
    status: listStatus(stage),
    updatedAt: data.at,
    lastPosition: recorded.position,
    revision: recorded.revision,
  });
  switch (type) {
    case 'DossierEdited':
      return next(row.stage, dossierHeadline({ kind: row.kind, payload: data.payload } as DossierContent));
    case 'DossierSubmitted':
      return next('submitted', {
        round: data.round,
        route: data.route,
        currentStep: null,
        currentReviewerOrgId: null,
        currentLevel: null,
        dueAt: null,
        reason: null,
        submittedBy: data.by.userId,
        submittedAt: data.at,
      });
    case 'ReviewRequested':
      return next('in_review', {
        currentStep: data.step,
        currentReviewerOrgId: data.reviewerOrgId,
        currentLevel: data.level,
        dueAt: data.dueAt,
      });
    case 'ReviewApproved':
      return next('step_approved', { dueAt: null });
    case 'DossierReturned':
      return next('returned', { dueAt: null, reason: data.reason });
    case 'DossierRejected':
      return next('rejected', { dueAt: null, reason: data.reason });
    case 'DossierWithdrawn':
      return next('withdrawn', { dueAt: null, reason: data.reason ?? null });
    case 'DossierApproved':
      return next('approved', {
        dueAt: null,
        currentReviewerOrgId: data.authorityOrgId,
        currentLevel: data.authorityLevel,
      });
    default:
      (type) satisfies never;
      return row;
  }
}

function created(data: Extract<DossierEvent, { type: 'DossierCreated' }>['data'], recorded: RecordedEvent): DossierRow {
  return {
    id: data.dossierId,
    kind: data.kind,
    status: listStatus('draft'),
    stage: 'draft',
    ownerOrgId: data.orgId,
    ...dossierHeadline({ kind: data.kind, payload: data.payload } as DossierContent),
    round: 0,
    currentStep: null,
    currentReviewerOrgId: null,
    currentLevel: null,
    dueAt: null,
    route: null,
    reason: null,
    createdBy: data.by.userId,
    submittedBy: null,
    submittedAt: null,
    createdAt: data.at,
    updatedAt: data.at,
    lastPosition: recorded.position,
    revision: recorded.revision,
  };
}

export const dossierRows: RowProjectionDefinition<DossierRow> = {
  name: 'dossiers',
  table: DOSSIERS_TABLE,
  keyOf: (event) => asDomainEvent<DossierEvent>(event, DOSSIER_EVENT_TYPES)?.data.dossierId ?? null,
  evolve: evolveDossierRow,
};

export const dossiersProjection = rowProjection(dossierRows);
