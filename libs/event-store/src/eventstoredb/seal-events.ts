import { PreparedEvent } from '../event-validation';
import { eventHash } from '../hashing/event-hash';
import { SealedEvent } from './recorded-event-envelope';

/**
 * Gives validated events their place after a known stream prefix: revisions, one recording time
 * for the batch, and hashes chained from the hash of the prefix's last event.
 */
export function sealEvents(
  stream: string,
  events: readonly PreparedEvent[],
  after: { revision: number | null; lastHash: string },
  recordedAt: Date,
): SealedEvent[] {
  let previousHash = after.lastHash;
  return events.map((event, index) => {
    const revision = (after.revision ?? -1) + 1 + index;
    const fields = { id: event.id, stream, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata, recordedAt };
    previousHash = eventHash(previousHash, revision, fields);
    return { ...fields, revision, hash: previousHash };
  });
}
