import { AppendExpectedRevision, NO_STREAM } from '@eventstore/db-client';

/**
 * The guard every append is sent with: the exact revision the new events were chained to (or
 * "no stream" for a first append). The port's any and stream_exists are never sent as such,
 * because the hash of the first new event depends on the exact event before it.
 */
export function appendGuard(revisionChainedTo: number | null): AppendExpectedRevision {
  return revisionChainedTo === null ? NO_STREAM : BigInt(revisionChainedTo);
}
