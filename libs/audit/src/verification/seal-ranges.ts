import { MerkleAccumulator } from '../merkle/merkle-accumulator';
import { leafHash } from '../merkle/merkle-hashing';
import { SealRangeProblem } from './log-problem';

/** A seal's claim to check against the events stored in its range. */
export interface SealRange {
  sealNumber: number;
  fromPosition: number;
  toPosition: number;
  count: number;
  merkleRoot: string;
  source: 'archive' | 'database';
}

/**
 * Recomputes each seal's Merkle root and count from the events as they go by in position order,
 * in O(log n) memory per seal. Seal ranges follow one another without overlap, but nothing here
 * relies on it: a tampered seal chain must still be checked range by range.
 */
export class SealRanges {
  private readonly pending: SealRange[];
  private readonly active: { range: SealRange; tree: MerkleAccumulator }[] = [];

  constructor(
    ranges: readonly SealRange[],
    private readonly report: (problem: SealRangeProblem) => void,
  ) {
    this.pending = [...ranges].sort((a, b) => b.fromPosition - a.fromPosition);
  }

  /** The highest position any seal covers, or -1. */
  static sealedThrough(ranges: readonly SealRange[]): number {
    return ranges.reduce((highest, range) => Math.max(highest, range.toPosition), -1);
  }

  add(position: number, hash: string): void {
    this.closeBefore(position);
    while (this.pending.length > 0 && this.pending[this.pending.length - 1].fromPosition <= position) {
      this.active.push({ range: this.pending.pop()!, tree: new MerkleAccumulator() });
    }
    if (this.active.length === 0) return;
    const leaf = leafHash(position, hash);
    for (const { range, tree } of this.active) if (position <= range.toPosition) tree.add(leaf);
  }

  /** Closes every range still open or never reached (a range with no event left in it). */
  finish(): void {
    this.closeBefore(Number.POSITIVE_INFINITY);
    while (this.pending.length > 0) this.compare(this.pending.pop()!, new MerkleAccumulator());
  }

  private closeBefore(position: number): void {
    for (let index = this.active.length - 1; index >= 0; index -= 1) {
      const { range, tree } = this.active[index];
      if (range.toPosition >= position) continue;
      this.active.splice(index, 1);
      this.compare(range, tree);
    }
  }

  private compare(range: SealRange, tree: MerkleAccumulator): void {
    const merkleRoot = tree.root();
    if (tree.count === range.count && merkleRoot === range.merkleRoot) return;
    const { sealNumber, fromPosition, toPosition, source } = range;
    this.report({
      kind: 'seal_range',
      sealNumber,
      fromPosition,
      toPosition,
      source,
      expected: { count: range.count, merkleRoot: range.merkleRoot },
      found: { count: tree.count, merkleRoot },
    });
  }
}
