import { AppendResult } from '../event-store.port';
import { DuplicateEventId } from '../event-store.errors';
import { RecordedEvent } from '../event.types';
import { ExpectedRevision } from '../expected-revision';

/**
 * Decides what an append whose ids are already known means. A writer that lost the answer to a
 * successful append retries the same events at the same place, and must get that answer again;
 * anything else reusing a stored id is a bug in the writer, so it is refused.
 * Returns null when none of the ids is stored yet.
 */
export function findIdempotentRetry(
  stream: string,
  ids: readonly string[],
  expected: ExpectedRevision,
  stored: (id: string) => RecordedEvent | undefined,
): AppendResult | null {
  const found = ids.map(stored);
  const first = found[0];
  if (found.every((event) => event === undefined)) return null;
  const samePlace =
    first !== undefined &&
    first.stream === stream &&
    startsWhereExpected(first.revision, expected) &&
    found.every((event, index) => event?.stream === stream && event.revision === first.revision + index);
  if (!samePlace) {
    const index = found.findIndex((event) => event !== undefined);
    const clash = found[index] as RecordedEvent;
    throw new DuplicateEventId(ids[index], stream, clash.stream, clash.revision);
  }
  const last = found[found.length - 1] as RecordedEvent;
  return { revision: last.revision, position: last.position, idempotent: true };
}

function startsWhereExpected(firstRevision: number, expected: ExpectedRevision): boolean {
  switch (expected) {
    case 'any':
    case 'stream_exists':
      return true;
    case 'no_stream':
      return firstRevision === 0;
    default:
      return firstRevision === expected + 1;
  }
}
