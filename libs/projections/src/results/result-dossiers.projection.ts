import { DossierCreated, DossierEdited, DossierApproved, YearlyReportPayload } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { RowProjectionDefinition } from '../runner/row-projection';
import { RESULT_DOSSIERS_TABLE, RESULT_KINDS, ResultDossierRow } from './result-dossier.row';

type ResultEvent = DossierCreated | DossierEdited | DossierApproved;
const RESULT_EVENT_TYPES: readonly ResultEvent['type'][] = ['DossierCreated', 'DossierEdited', 'DossierApproved'];
const KINDS: readonly string[] = RESULT_KINDS;

/**
 * Follows plans and yearly reports as `approvedDossiers` does in the domain: created, edited while
 * with the submitter, then approved. Other kinds never get a row, so their edits and approvals
 * find none and change nothing.
 */
export function evolveResultDossier(row: ResultDossierRow | null, recorded: RecordedEvent): ResultDossierRow | null {
  const event = asDomainEvent<ResultEvent>(recorded, RESULT_EVENT_TYPES);
  if (event === null) return row;
  const touched = { updatedAt: event.data.at, lastPosition: recorded.position };
  switch (event.type) {
    case 'DossierCreated': {
      const { dossierId, orgId, kind, payload } = event.data;
      if (row !== null || !KINDS.includes(kind)) return row;
      return { dossierId, orgId, kind: kind as ResultDossierRow['kind'], year: yearOf(kind, payload), payload: payload as ResultDossierRow['payload'], approvedAt: null, ...touched };
    }
    case 'DossierEdited':
      return row && { ...row, year: yearOf(row.kind, event.data.payload), payload: event.data.payload as ResultDossierRow['payload'], ...touched };
    case 'DossierApproved':
      return row && { ...row, approvedAt: event.data.at, ...touched };
    default:
      (event) satisfies never;
      return row;
  }
}

function yearOf(kind: string, payload: unknown): number | null {
  return kind === 'yearly_report' ? (payload as YearlyReportPayload).year : null;
}

export const resultDossierRows: RowProjectionDefinition<ResultDossierRow> = {
  name: 'result_dossiers',
  table: RESULT_DOSSIERS_TABLE,
  keyOf: (event) => asDomainEvent<ResultEvent>(event, RESULT_EVENT_TYPES)?.data.dossierId ?? null,
  evolve: evolveResultDossier,
};
