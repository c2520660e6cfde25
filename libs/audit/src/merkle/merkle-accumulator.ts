import { nodeHash } from './merkle-hashing';

/**
 * The root of the RFC 6962 tree over leaves added one at a time, in O(log n) memory, so a seal or
 * a verification pass can stream a whole range without holding its leaves.
 *
 * It keeps the roots of the perfect subtrees seen so far (sizes are the set bits of the count,
 * largest first). Adding a leaf merges equal-sized subtrees, like a binary counter. RFC 6962 splits
 * a tree of n leaves at the largest power of two below n, so its root is these subtree roots folded
 * from the right: node(s1, node(s2, … node(sk-1, sk))).
 */
export class MerkleAccumulator {
  private readonly subtrees: { size: number; hash: string }[] = [];
  private leaves = 0;

  get count(): number {
    return this.leaves;
  }

  add(leaf: string): void {
    let size = 1;
    let hash = leaf;
    while (this.subtrees.length > 0 && this.subtrees[this.subtrees.length - 1].size === size) {
      hash = nodeHash(this.subtrees.pop()!.hash, hash);
      size *= 2;
    }
    this.subtrees.push({ size, hash });
    this.leaves += 1;
  }

  /** Hex root; null for an empty tree (a seal never covers nothing). */
  root(): string | null {
    if (this.subtrees.length === 0) return null;
    let hash = this.subtrees[this.subtrees.length - 1].hash;
    for (let index = this.subtrees.length - 2; index >= 0; index -= 1) hash = nodeHash(this.subtrees[index].hash, hash);
    return hash;
  }
}
