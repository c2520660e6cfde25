import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { rootFromInclusionPath } from './inclusion-proof';
import { MerkleAccumulator } from './merkle-accumulator';
import { leafHash, nodeHash } from './merkle-hashing';
import { MerkleTree } from './merkle-tree';

/** RFC 6962 §2.1 written out literally, as the reference the fast versions must match. */
function referenceNode(left: string, right: string): string {
  return createHash('sha256').update(Buffer.from([1])).update(Buffer.from(left, 'hex')).update(Buffer.from(right, 'hex')).digest('hex');
}

function referenceRoot(leaves: string[]): string {
  if (leaves.length === 1) return leaves[0];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return referenceNode(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

function referencePath(index: number, leaves: string[]): string[] {
  if (leaves.length === 1) return [];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return index < k
    ? [...referencePath(index, leaves.slice(0, k)), referenceRoot(leaves.slice(k))]
    : [...referencePath(index - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k))];
}

const leavesOf = (count: number) => Array.from({ length: count }, (_, index) => leafHash(index * 7, String(index).padStart(64, '0')));

describe('the seal tree', () => {
  it('separates leaves from nodes, so a node cannot be presented as a leaf', () => {
    const [a, b] = leavesOf(2);
    const asLeaf = createHash('sha256').update(Buffer.from(a + b, 'hex')).digest('hex');
    expect(nodeHash(a, b)).not.toBe(asLeaf);
    expect(nodeHash(a, b)).toBe(referenceNode(a, b));
    expect(leafHash(1, 'ab')).toBe(createHash('sha256').update(Buffer.from([0])).update('1\nab').digest('hex'));
  });

  it('joins only whole digests, so no byte of an earlier node can slip into a later one', () => {
    const [a, b] = leavesOf(2);
    for (const bad of [a.slice(2), `${a}00`, `${a.slice(2)}zz`, '']) {
      expect(() => nodeHash(bad, b)).toThrow(RangeError);
      expect(() => nodeHash(a, bad)).toThrow(RangeError);
    }
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 9, 31, 64, 100])('gives the RFC 6962 root and paths for %i leaves', (count) => {
    const leaves = leavesOf(count);
    const expected = referenceRoot(leaves);
    const accumulator = new MerkleAccumulator();
    leaves.forEach((leaf) => accumulator.add(leaf));
    const tree = new MerkleTree(leaves);
    expect(accumulator.root()).toBe(expected);
    expect(tree.root()).toBe(expected);
    leaves.forEach((leaf, index) => {
      const path = tree.inclusionPath(index);
      expect(path).toEqual(referencePath(index, leaves));
      expect(rootFromInclusionPath(leaf, index, count, path)).toBe(expected);
    });
  });

  it('refuses a path for another index, another size or another leaf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), fc.nat(), (count, i, j) => {
        const leaves = leavesOf(count);
        const tree = new MerkleTree(leaves);
        const index = i % count;
        const other = j % count;
        const path = tree.inclusionPath(index);
        if (other !== index) expect(rootFromInclusionPath(leaves[index], other, count, path)).not.toBe(tree.root());
        expect(rootFromInclusionPath(leaves[(index + 1) % count], index, count, path)).not.toBe(tree.root());
        expect(rootFromInclusionPath(leaves[index], index, count * 2 + 1, path)).not.toBe(tree.root());
        expect(rootFromInclusionPath(leaves[index], index, count, [...path, leaves[0]])).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('has no root for no leaves', () => {
    expect(new MerkleAccumulator().root()).toBeNull();
    expect(() => new MerkleTree([])).toThrow(RangeError);
  });
});
