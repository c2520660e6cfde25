import { AGREEMENT_EVENT_TYPES, AgreementEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { RowProjectionDefinition } from '../runner/row-projection';
import { AGREEMENTS_TABLE, AgreementRow } from './agreement.row';

/**
 * One row per agreement. Like the decider's `evolve`, an event that does not fit the row (never
 * written by the decider) changes nothing. The API folds an agreement's own stream with this same
 * function, so a single agreement and the list show it alike.
 */
export function evolveAgreementRow(row: AgreementRow | null, recorded: RecordedEvent): AgreementRow | null {
  const event = asDomainEvent<AgreementEvent>(recorded, AGREEMENT_EVENT_TYPES);
  if (event === null) return row;
  const touched = { updatedAt: event.data.at, lastPosition: recorded.position, revision: recorded.revision };
  switch (event.type) {
    case 'AgreementProposed': {
      if (row !== null) return row;
      const { data } = event;
      return {
        agreementId: data.agreementId,
        title: data.title,
        proposerOrgId: data.proposerOrgId,
        signatories: [...data.signatories],
        periodFrom: data.period.from,
        periodTo: data.period.to,
        targets: data.targets,
        status: 'proposed',
        signatures: {},
        proposedAt: data.at,
        inForceAt: null,
        cancelledBy: null,
        cancelReason: null,
        ...touched,
      };
    }
    case 'AgreementSigned':
      if (row?.status !== 'proposed') return row;
      return { ...row, signatures: { ...row.signatures, [event.data.orgId]: event.data.at }, ...touched };
    case 'AgreementInForce':
      return row?.status === 'proposed' ? { ...row, status: 'in_force', inForceAt: event.data.at, ...touched } : row;
    case 'AgreementCancelled':
      if (row?.status !== 'proposed') return row;
      return { ...row, status: 'cancelled', cancelledBy: event.data.orgId, cancelReason: event.data.reason, ...touched };
    default:
      (event) satisfies never;
      return row;
  }
}

export const agreementRows: RowProjectionDefinition<AgreementRow> = {
  name: 'agreements',
  table: AGREEMENTS_TABLE,
  keyOf: (event) => asDomainEvent<AgreementEvent>(event, AGREEMENT_EVENT_TYPES)?.data.agreementId ?? null,
  evolve: evolveAgreementRow,
};
