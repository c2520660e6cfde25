import { streamNameFilter } from '@eventstore/db-client';

/**
 * Which events of $all belong to the port. Stream names the port accepts start with a lower-case
 * letter (see stream-name.ts); the server's own streams start with "$" and this adapter's id
 * claims with "_" (see event-id-claims.ts), so a stream-name test leaves both out. Event types
 * starting with "$" are the server's too (a tombstone lands in the deleted stream itself).
 */
const OWN_STREAM = /^[a-z]/;

export function isOwnEvent(event: { streamId: string; type: string }): boolean {
  return OWN_STREAM.test(event.streamId) && !event.type.startsWith('$');
}

/** The same test, run by the server for a subscription, so skipped events never cross the wire. */
export function ownStreamsFilter() {
  return streamNameFilter({ regex: OWN_STREAM.source });
}
