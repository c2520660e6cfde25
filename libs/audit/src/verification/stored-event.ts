import { contentDigest, contentDigestOfText, GENESIS_HASH, HashedHeader, linkHash } from '@app/event-store';

/**
 * An event as `verify` reads it: its place in the log, its stored hash, and its data and metadata
 * as the JSON text stored, left unparsed. Parsing a million events only to encode them again is
 * most of what checking them would otherwise cost.
 */
export interface StoredEvent extends HashedHeader {
  revision: number;
  position: number;
  hash: string;
  dataJson: string;
  metadataJson: string;
}

/**
 * The digest the chain committed to, whatever form the texts were stored in: parsed, then
 * encoded as canonical JSON, as the event was when it was appended.
 */
export function committedDigest(event: StoredEvent): string {
  return contentDigest({ ...event, data: JSON.parse(event.dataJson), metadata: JSON.parse(event.metadataJson) });
}

/**
 * The hash `event` should have after `previousHash` at `revision`, or null when it has it.
 *
 * The stored texts are hashed as they are first. If that links, they are byte for byte the
 * canonical text the chain committed to (SHA-256), so re-encoding them could only give the same
 * answer. If it does not (an event stored before texts were written canonically, or a text that
 * was tampered with), the committed digest decides, exactly as if it alone had been computed.
 * Either way the verdict is the full re-encoding's; only its cost is skipped when it can be.
 */
export function brokenLink(previousHash: string, revision: number, event: StoredEvent): string | null {
  if (linkHash(previousHash, revision, contentDigestOfText(event, event.dataJson, event.metadataJson)) === event.hash) return null;
  const expectedHash = linkHash(previousHash, revision, committedDigest(event));
  return expectedHash === event.hash ? null : expectedHash;
}

/**
 * The committed digest of a stream's first event in a chunk, which stitching links to the chunk
 * before. A revision 0 whose stored texts link to the genesis hash needs no re-encoding (see
 * brokenLink); any other is re-encoded, since what it links to is not known here.
 */
export function firstDigest(event: StoredEvent): string {
  if (event.revision === 0) {
    const digest = contentDigestOfText(event, event.dataJson, event.metadataJson);
    if (linkHash(GENESIS_HASH, 0, digest) === event.hash) return digest;
  }
  return committedDigest(event);
}
