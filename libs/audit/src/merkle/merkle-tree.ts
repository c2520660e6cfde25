import { nodeHash } from './merkle-hashing';

/**
 * Every level of the RFC 6962 tree over a seal's leaves, kept so that the inclusion paths of many
 * events in one seal cost one build. Built bottom-up, pairing neighbours and carrying an unpaired
 * last node up unchanged; that gives the same tree as RFC 6962's split at the largest power of two.
 */
export class MerkleTree {
  private readonly levels: string[][];

  constructor(leaves: readonly string[]) {
    if (leaves.length === 0) throw new RangeError('a Merkle tree needs at least one leaf');
    this.levels = [leaves.slice()];
    for (let level = this.levels[0]; level.length > 1; ) {
      const next: string[] = [];
      for (let index = 0; index < level.length; index += 2) {
        next.push(index + 1 < level.length ? nodeHash(level[index], level[index + 1]) : level[index]);
      }
      this.levels.push(next);
      level = next;
    }
  }

  get size(): number {
    return this.levels[0].length;
  }

  root(): string {
    return this.levels[this.levels.length - 1][0];
  }

  /** The audit path of RFC 9162 §2.1.3.1 (siblings from the leaf up), as hex digests. */
  inclusionPath(leafIndex: number): string[] {
    if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= this.size) throw new RangeError(`no leaf ${leafIndex} in a tree of ${this.size}`);
    const path: string[] = [];
    let index = leafIndex;
    for (const level of this.levels.slice(0, -1)) {
      const sibling = index ^ 1;
      // A last node without a partner is carried up: that level adds nothing to the path.
      if (sibling < level.length) path.push(level[sibling]);
      index >>= 1;
    }
    return path;
  }
}
