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
        ruleSetVersion: data.ruleSetVersion,
        ...noStepDeadline(),
        submittedBy: data.by.userId,
        submittedAt: data.at,
      });
    case 'ReviewRequested':
      return next('in_review', {
        currentStep: data.step,
        currentReviewerOrgId: data.reviewerOrgId,
        currentLevel: data.level,
        dueAt: data.dueAt,
        ruleSetVersion: data.ruleSetVersion,
        ...noStepDeadline(),
      });
    // A decision taken in place of a silent reviewer (`actingFor`) moves the dossier exactly like
    // the reviewer's own; the step stays named after its reviewer, and who acted is in the history.
    case 'ReviewApproved':
    case 'ReviewConsentedBySilence':
      return next('step_approved', { dueAt: null });
    case 'DossierReturned':
      return next('returned', { dueAt: null, reason: data.reason });
    case 'DossierRejected':
      return next('rejected', { dueAt: null, reason: data.reason });
    case 'DossierWithdrawn':
      return next('withdrawn', { dueAt: null, reason: data.reason ?? null, ...NOT_HELD });
    case 'DossierApproved':
      return next('approved', {
        dueAt: null,
        currentReviewerOrgId: data.authorityOrgId,
        currentLevel: data.authorityLevel,
      });
    case 'ReviewReminderSent':
      return next(row.stage, { remindedAt: data.at });
    case 'ReviewEscalated':
      return next(row.stage, {
        escalationAttempts: Math.max(row.escalationAttempts, data.attempt),
        escalatedTo: row.escalatedTo.includes(data.toOrgId) ? row.escalatedTo : [...row.escalatedTo, data.toOrgId],
      });
    case 'ReviewOverdue':
      return next(row.stage, { overdueRecordedAt: data.at });
    // The due date that stopped stays in `dueAt`; queries of running deadlines skip stage `on_hold`.
    case 'DossierPutOnHold':
      return next('on_hold', { dueAt: data.dueAt, heldSince: data.at, holdReason: data.reason });
    // The reminder and escalations already made still count after a release, as in the decider.
    case 'DossierReleased':
      return next('in_review', { dueAt: data.dueAt, ...NOT_HELD });
    // `dueAt` comes only when a step was running; a held step gets its new one on release.
    case 'DossierRuleSetMigrated':
      return next(row.stage, { ruleSetVersion: data.toVersion, ...(data.dueAt !== undefined ? { dueAt: data.dueAt } : {}) });
    default:
      (type) satisfies never;
      return row;
  }
}

const NOT_HELD = { heldSince: null, holdReason: null } satisfies Partial<DossierRow>;

type StepDeadlineFields = 'remindedAt' | 'escalationAttempts' | 'escalatedTo' | 'overdueRecordedAt' | 'heldSince' | 'holdReason';

/** A step that just opened (or a round with no step yet) has had no reminder, escalation or hold. */
function noStepDeadline(): Pick<DossierRow, StepDeadlineFields> {
  return { remindedAt: null, escalationAttempts: 0, escalatedTo: [], overdueRecordedAt: null, ...NOT_HELD };
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
    ruleSetVersion: null,
    ...noStepDeadline(),
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
