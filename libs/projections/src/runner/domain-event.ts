import { RecordedEvent } from '@app/event-store';

/**
 * Narrows a recorded event to one of a domain's event unions by its type. The store has already
 * upcast old schema versions, so a known type carries the current shape.
 */
export function asDomainEvent<E extends { type: string; data: object }>(
  event: RecordedEvent,
  types: readonly E['type'][],
): E | null {
  return typeSet(types).has(event.type) ? ({ type: event.type, data: event.data } as E) : null;
}

/** Every event of a rebuild is checked against each read model's types: a set per list, made once. */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

function typeSet(types: readonly string[]): ReadonlySet<string> {
  let set = sets.get(types);
  if (!set) {
    set = new Set(types);
    sets.set(types, set);
  }
  return set;
}
