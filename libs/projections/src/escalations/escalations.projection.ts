import { ReviewEscalated } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { escalationKey, ESCALATIONS_TABLE, EscalationRow } from './escalation.row';

const TYPES: readonly ReviewEscalated['type'][] = ['ReviewEscalated'];

const escalationOf = (event: RecordedEvent): ReviewEscalated | null => asDomainEvent<ReviewEscalated>(event, TYPES);

/** An escalation never changes once recorded: the first row for a key stays. */
export function evolveEscalationRow(row: EscalationRow | null, recorded: RecordedEvent): EscalationRow | null {
  const event = escalationOf(recorded);
  if (event === null || row !== null) return row;
  const { dossierId, round, step, attempt, reviewerOrgId, fromOrgId, toOrgId, at } = event.data;
  return {
    id: escalationKey(dossierId, round, step, attempt),
    dossierId,
    round,
    step,
    attempt,
    reviewerOrgId,
    fromOrgId,
    toOrgId,
    escalatedAt: at,
    position: recorded.position,
  };
}

export const escalationRows: RowProjectionDefinition<EscalationRow> = {
  name: 'escalations',
  table: ESCALATIONS_TABLE,
  keyOf(event) {
    const escalation = escalationOf(event);
    if (escalation === null) return null;
    const { dossierId, round, step, attempt } = escalation.data;
    return escalationKey(dossierId, round, step, attempt);
  },
  evolve: evolveEscalationRow,
};

export const escalationsProjection = rowProjection(escalationRows);
