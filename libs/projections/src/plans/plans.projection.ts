import { DOSSIER_EVENT_TYPES, DossierEvent, ImplementationPlanPayload, planStatusAfter } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { PLANS_TABLE, PlanRow } from './plan.row';

const dossierEventOf = (event: RecordedEvent): DossierEvent | null => asDomainEvent<DossierEvent>(event, DOSSIER_EVENT_TYPES);

/**
 * One row per implementation plan: created with the plan's dossier, kept in step with its edits and
 * its life cycle (`planStatusAfter`, as the plan tree folds it). Other kinds of dossier, and events
 * that do not change a plan (reviews, deadlines, holds), leave no row or the row as it is.
 */
export function evolvePlanRow(row: PlanRow | null, recorded: RecordedEvent): PlanRow | null {
  const event = dossierEventOf(recorded);
  if (event === null) return row;
  const touched = { updatedAt: event.data.at, lastPosition: recorded.position };
  if (event.type === 'DossierCreated') {
    if (row !== null || event.data.kind !== 'implementation_plan') return row;
    const { dossierId, orgId, payload, at } = event.data;
    return { id: dossierId, orgId, ...facts(payload), status: 'draft', firstSubmittedAt: null, createdAt: at, ...touched };
  }
  if (row === null) return row;
  if (event.type === 'DossierEdited') {
    return 'implementsRef' in event.data.payload ? { ...row, ...facts(event.data.payload), ...touched } : row;
  }
  const status = planStatusAfter(event);
  if (status === undefined) return row;
  const firstSubmittedAt = row.firstSubmittedAt ?? (event.type === 'DossierSubmitted' ? event.data.at : null);
  return { ...row, status, firstSubmittedAt, ...touched };
}

function facts(payload: ImplementationPlanPayload) {
  return {
    title: payload.title,
    ref: payload.ref ?? null,
    implementsRef: payload.implementsRef,
    movementId: payload.movementId ?? null,
    parentPlanRef: payload.parentPlanRef ?? null,
    contents: payload.contents,
    criteria: payload.criteria,
  };
}

export const planRows: RowProjectionDefinition<PlanRow> = {
  name: 'plans',
  table: PLANS_TABLE,
  keyOf: (event) => {
    const dossierEvent = dossierEventOf(event);
    return dossierEvent !== null && 'dossierId' in dossierEvent.data ? dossierEvent.data.dossierId : null;
  },
  evolve: evolvePlanRow,
};

export const plansProjection = rowProjection(planRows);
