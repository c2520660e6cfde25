import { ChainProblem } from './log-problem';
import { brokenLink, firstDigest, StoredEvent } from './stored-event';

/** A stream's first event in a chunk: its link to the revision before is checked when chunks are stitched. */
export interface FirstEvent {
  stream: string;
  revision: number;
  position: number;
  /** The event's committed content digest: with the previous hash and the revision it gives the event's hash. */
  digest: string;
  hash: string;
}

/** A stream's last event in a chunk: what the stream's first event in the next chunk must link to. */
export interface LastEvent {
  stream: string;
  revision: number;
  hash: string;
}

/**
 * Every stream's hash chain within one chunk of the log, checked while the chunk goes by in
 * position order: only each stream's head (last revision and hash) is kept. A stream's first event
 * in the chunk is set aside for stitching (stitch-chunks.ts), which knows the chunk before. After a
 * break the walk carries on from the event found, so one tampered event is reported once.
 */
export class StreamChains {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  readonly firsts: FirstEvent[] = [];

  check(event: StoredEvent): ChainProblem | null {
    const head = this.heads.get(event.stream);
    if (!head) {
      this.heads.set(event.stream, { revision: event.revision, hash: event.hash });
      this.firsts.push({ stream: event.stream, revision: event.revision, position: event.position, digest: firstDigest(event), hash: event.hash });
      return null;
    }
    const revision = head.revision + 1;
    const previousHash = head.hash;
    // Updated in place: one head object per stream, not one per event.
    head.revision = event.revision;
    head.hash = event.hash;
    const where = { kind: 'chain' as const, stream: event.stream, revision, position: event.position, foundRevision: event.revision };
    if (event.revision > revision) return { ...where, reason: 'revision_gap' };
    if (event.revision < revision) return { ...where, reason: 'revision_order' };
    const expectedHash = brokenLink(previousHash, revision, event);
    return expectedHash === null ? null : { ...where, reason: 'hash_mismatch', expectedHash, foundHash: event.hash };
  }

  lasts(): LastEvent[] {
    return [...this.heads].map(([stream, { revision, hash }]) => ({ stream, revision, hash }));
  }
}
