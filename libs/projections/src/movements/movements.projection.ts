import { evolveMovement, initialMovementState, MOVEMENT_EVENT_TYPES, MovementEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { movementOfRow } from './movement-state.mapping';
import { MOVEMENTS_TABLE, MovementRow } from './movement.row';

const movementEventOf = (event: RecordedEvent): MovementEvent | null => asDomainEvent<MovementEvent>(event, MOVEMENT_EVENT_TYPES);

/**
 * One row per movement, folded with the decider's own `evolveMovement`, so the row is exactly the
 * state the decider sees (a window moved resets its reminders and escalations here too). An event
 * the state ignores leaves the row as it is.
 */
export function evolveMovementRow(row: MovementRow | null, recorded: RecordedEvent): MovementRow | null {
  const event = movementEventOf(recorded);
  if (event === null) return row;
  const state = row === null ? initialMovementState() : movementOfRow(row);
  const next = evolveMovement(state, event);
  if (next === state || next.status === 'unlaunched') return row;
  const { definition } = next;
  return {
    id: definition.movementId,
    orgId: definition.orgId,
    name: definition.name,
    ref: definition.ref ?? null,
    implementsRef: definition.implementsRef,
    parentMovementId: definition.parentMovementId ?? null,
    periodFrom: definition.period.from,
    periodTo: definition.period.to,
    status: next.status,
    phases: definition.phases,
    contents: definition.contents,
    windows: definition.windows,
    windowsSetAt: next.windowsSetAt,
    tracks: next.tracks,
    launchedAt: row?.launchedAt ?? event.data.at,
    closedAt: next.status === 'closed' ? next.closedAt : null,
    updatedAt: event.data.at,
    lastPosition: recorded.position,
    revision: recorded.revision,
  };
}

export const movementRows: RowProjectionDefinition<MovementRow> = {
  name: 'movements',
  table: MOVEMENTS_TABLE,
  keyOf: (event) => movementEventOf(event)?.data.movementId ?? null,
  evolve: evolveMovementRow,
};

export const movementsProjection = rowProjection(movementRows);
