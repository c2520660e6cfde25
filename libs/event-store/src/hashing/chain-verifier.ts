import { ChainVerification } from '../event-store.port';
import { RecordedEvent } from '../event.types';
import { eventHash, GENESIS_HASH } from './event-hash';

/**
 * Walks one stream's events (stored form, in revision order) and names the first bad link:
 * a missing revision, or a hash that does not follow from the fields and the previous hash.
 */
export function verifyChain(stream: string, events: Iterable<RecordedEvent>): ChainVerification {
  let previousHash = GENESIS_HASH;
  let expectedRevision = 0;
  for (const event of events) {
    if (event.revision !== expectedRevision) {
      return { ok: false, stream, revision: expectedRevision, expectedHash: '', foundHash: '', reason: 'revision_gap' };
    }
    const expectedHash = eventHash(previousHash, event.revision, event);
    if (expectedHash !== event.hash) {
      return { ok: false, stream, revision: event.revision, expectedHash, foundHash: event.hash, reason: 'hash_mismatch' };
    }
    previousHash = event.hash;
    expectedRevision += 1;
  }
  return { ok: true, stream, events: expectedRevision, lastHash: previousHash };
}
