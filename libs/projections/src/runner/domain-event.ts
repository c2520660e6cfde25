import { RecordedEvent } from '@app/event-store';

/**
 * Narrows a recorded event to one of a domain's event unions by its type. The store has already
 * upcast old schema versions, so a known type carries the current shape.
 */
export function asDomainEvent<E extends { type: string; data: object }>(
  event: RecordedEvent,
  types: readonly E['type'][],
): E | null {
  return (types as readonly string[]).includes(event.type) ? ({ type: event.type, data: event.data } as E) : null;
}
