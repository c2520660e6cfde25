import { createHash, hash } from 'node:crypto';

/**
 * The two hashes of the seal tree, domain-separated as in RFC 6962 §2.1 so that a leaf can never
 * be passed off as an inner node (or the reverse) to forge an inclusion proof:
 *
 *   leaf(event) = SHA-256(0x00 || UTF-8(decimal position + "\n" + event hash as 64 lower-case hex))
 *   node(l, r)  = SHA-256(0x01 || l || r)        l and r are raw 32-byte digests
 *
 * The event hash already commits to the stream, the revision, the content and the stream's
 * previous event; the position adds the event's place in the global log.
 */
const LEAF_PREFIX = '\u0000'; // one byte, 0x00, in UTF-8

/** One-shot hashing (Node 20.12 and later) is about twice as fast as a Hash object for these sizes. */
const oneShot = typeof hash === 'function';
const nodeInput = Buffer.alloc(65, 0x01);

export function leafHash(position: number, eventHash: string): Buffer {
  const input = `${LEAF_PREFIX}${position}\n${eventHash}`;
  return oneShot ? hash('sha256', input, 'buffer') : createHash('sha256').update(input, 'utf8').digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (!oneShot) return createHash('sha256').update(nodeInput.subarray(0, 1)).update(left).update(right).digest();
  // One buffer reused for every node: hashing is synchronous, so no call can see another's bytes.
  left.copy(nodeInput, 1);
  right.copy(nodeInput, 33);
  return hash('sha256', nodeInput, 'buffer');
}
