import { Position, START } from '@eventstore/db-client';

/**
 * Global positions of the port against commit positions of $all.
 *
 * EventStoreDB positions are byte offsets in its log, and the server can only start a read at the
 * exact offset of a record: the port's "resume from the last position seen + 1" would point inside
 * a record (a newer server refuses it, an older one may return garbage or nothing). So a port
 * position is twice the commit position: every event gets an even number, and an odd number reads
 * as "just after the event at (n - 1) / 2", which is always a valid place to start. Order and
 * uniqueness carry over unchanged; positions still have gaps, as the port allows.
 *
 * Numbers stay exact up to 2^53, so logs up to 2^52 bytes (4 PiB) are supported; beyond that the
 * conversion throws rather than hand out a rounded position. Events written outside explicit
 * transactions (all of ours) have equal commit and prepare positions, which is what lets one
 * number stand for the pair.
 */
const LARGEST_COMMIT = BigInt(Math.floor(Number.MAX_SAFE_INTEGER / 2));

export function toGlobalPosition(commit: bigint): number {
  if (commit < 0n || commit > LARGEST_COMMIT) throw new RangeError(`$all position ${commit} is beyond what a global position can represent`);
  return Number(commit) * 2;
}

/** The server position of an event from its global position. */
export function toLogPosition(position: number): Position {
  const commit = BigInt(position / 2);
  return { commit, prepare: commit };
}

/**
 * Where to start reading $all for an inclusive lower bound: the server position to ask for and
 * the smallest global position to keep (the event at an odd bound's anchor comes back and is dropped).
 * Bounds must be 0, a position this store handed out, or such a position + 1.
 */
export function readStart(fromPosition = 0): { from: typeof START | Position; keepFrom: number } {
  if (!Number.isSafeInteger(fromPosition)) throw new RangeError(`fromPosition must be an integer, got ${fromPosition}`);
  if (fromPosition <= 0) return { from: START, keepFrom: 0 };
  const anchor = fromPosition % 2 === 0 ? fromPosition : fromPosition - 1;
  return { from: toLogPosition(anchor), keepFrom: fromPosition };
}
