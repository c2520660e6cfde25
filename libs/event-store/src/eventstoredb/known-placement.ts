import { AppendResult } from '../event-store.port';
import { DuplicateEventId } from '../event-store.errors';
import { ExpectedRevision } from '../expected-revision';
import { KnownEvent } from './stream-ledger';

/**
 * What an append means when some of its ids are already in the stream. The same ids, in order, at
 * the place the writer names (right after the expected revision; anywhere for any and
 * stream_exists) are a retry of an append whose answer was lost: it gets that answer again. Any
 * other reuse of a stored id is a bug in the writer and is refused. Null when no id is known.
 * Ids stored in other streams are not visible here (see event-id-claims.ts).
 */
export function knownPlacement(
  stream: string,
  ids: readonly string[],
  expected: ExpectedRevision,
  find: (id: string) => KnownEvent | undefined,
): AppendResult | null {
  const found = ids.map(find);
  const clash = found.findIndex((event) => event !== undefined);
  if (clash === -1) return null;
  const first = found[0];
  const inPlace =
    first !== undefined &&
    startsWhereExpected(first.revision, expected) &&
    found.every((event, index) => event?.revision === first.revision + index);
  if (!inPlace) throw new DuplicateEventId(ids[clash], stream, stream, (found[clash] as KnownEvent).revision);
  const last = found[found.length - 1] as KnownEvent;
  return { revision: last.revision, position: last.position, idempotent: true };
}

function startsWhereExpected(revision: number, expected: ExpectedRevision): boolean {
  if (expected === 'any' || expected === 'stream_exists') return true;
  return revision === (expected === 'no_stream' ? 0 : expected + 1);
}
