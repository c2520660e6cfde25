/**
 * What `verify` can find wrong, each naming exactly where. Chain problems come from one stream's
 * hash chain; range problems from recomputing a seal's Merkle root over the events stored in its
 * range now; seal and archive problems from the seals themselves and their copies held outside.
 */
export type LogProblem = ChainProblem | SealRangeProblem | SealProblem;

export interface ChainProblem {
  kind: 'chain';
  stream: string;
  /** The revision expected at this point of the stream. */
  revision: number;
  /** Global position of the stored event where the break shows. */
  position: number;
  /**
   * hash_mismatch: the stored hash does not follow from the event's fields and the previous hash
   * (an edited payload or metadata, or an event inserted before it); revision_gap: revisions were
   * skipped (an event deleted); revision_order: a revision came again or out of order (reordered).
   */
  reason: 'hash_mismatch' | 'revision_gap' | 'revision_order';
  foundRevision: number;
  expectedHash?: string;
  foundHash?: string;
}

export interface SealRangeProblem {
  kind: 'seal_range';
  sealNumber: number;
  fromPosition: number;
  toPosition: number;
  /** Where the seal that was checked came from: the copy held outside is preferred. */
  source: 'archive' | 'database';
  expected: { count: number; merkleRoot: string };
  found: { count: number; merkleRoot: string | null };
}

export interface SealProblem {
  kind: 'seal' | 'archive';
  sealNumber?: number;
  message: string;
}

export function describeProblem(problem: LogProblem): string {
  switch (problem.kind) {
    case 'chain':
      return describeChainProblem(problem);
    case 'seal_range':
      return (
        `seal ${problem.sealNumber} (${problem.source === 'archive' ? 'held outside' : 'in the database'}) covers positions ` +
        `${problem.fromPosition}..${problem.toPosition}: it sealed ${problem.expected.count} events with Merkle root ${problem.expected.merkleRoot}, ` +
        `the database now holds ${problem.found.count} there with root ${problem.found.merkleRoot ?? '(none)'}`
      );
    case 'seal':
    case 'archive':
      return problem.message;
  }
}

function describeChainProblem(problem: ChainProblem): string {
  const where = `stream ${problem.stream}, revision ${problem.revision}`;
  switch (problem.reason) {
    case 'hash_mismatch':
      return `${where} (position ${problem.position}): hash mismatch, expected ${problem.expectedHash}, found ${problem.foundHash}`;
    case 'revision_gap':
      return `${where}: missing (the next stored event is revision ${problem.foundRevision}, at position ${problem.position})`;
    case 'revision_order':
      return `${where}: out of order (revision ${problem.foundRevision} found at position ${problem.position})`;
  }
}
