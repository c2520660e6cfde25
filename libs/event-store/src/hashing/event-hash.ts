import { createHash, hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The hash chain, documented here because auditors re-implement it:
 *
 *   content  = RFC 8785 canonical JSON of
 *              { data, id, metadata, recordedAt (ISO 8601, ms, UTC), schemaVersion, stream, type }
 *   digest   = hex(SHA-256(UTF-8(content)))
 *   hash     = hex(SHA-256(UTF-8(previousHash + "\n" + revision + "\n" + digest)))
 *
 * previousHash is the hash of the event at revision - 1 of the same stream, or GENESIS_HASH for
 * revision 0. The link step is deliberately tiny so the PostgreSQL adapter can compute it inside
 * the append function, where the previous hash is read under the stream lock.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  id: string;
  stream: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  recordedAt: Date;
}

/** One-shot hashing (Node 20.12 and later) is about three times faster than a Hash object on short input. */
const oneShot = typeof hash === 'function';

export function sha256Hex(text: string): string {
  return oneShot ? hash('sha256', text) : createHash('sha256').update(text, 'utf8').digest('hex');
}

export function contentDigest(event: HashedFields): string {
  return sha256Hex(
    canonicalJson({
      data: event.data,
      id: event.id,
      metadata: event.metadata,
      recordedAt: event.recordedAt.toISOString(),
      schemaVersion: event.schemaVersion,
      stream: event.stream,
      type: event.type,
    }),
  );
}

export function linkHash(previousHash: string, revision: number, digest: string): string {
  return sha256Hex(`${previousHash}\n${revision}\n${digest}`);
}

export function eventHash(previousHash: string, revision: number, event: HashedFields): string {
  return linkHash(previousHash, revision, contentDigest(event));
}
