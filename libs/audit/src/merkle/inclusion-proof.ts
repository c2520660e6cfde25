import { nodeHash } from './merkle-hashing';

/**
 * The root that an inclusion path leads to, by the algorithm of RFC 9162 §2.1.3.2, or null when
 * the path cannot belong to a tree of that size (too long, too short, index out of range).
 *
 *   fn = leafIndex, sn = treeSize - 1, r = leaf
 *   for each p in path:
 *     if sn = 0: fail
 *     if fn is odd or fn = sn:
 *       r = node(p, r)
 *       if fn is even: shift fn and sn right until fn is odd or fn = 0
 *     else:
 *       r = node(r, p)
 *     shift fn and sn right by one
 *   succeed when sn = 0 (the caller then compares r with the root)
 */
export function rootFromInclusionPath(leaf: string, leafIndex: number, treeSize: number, path: readonly string[]): string | null {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0 || leafIndex >= treeSize) return null;
  // Indices go up to 2^53; BigInt keeps the shifts exact beyond 32 bits.
  let fn = BigInt(leafIndex);
  let sn = BigInt(treeSize - 1);
  let r = leaf;
  for (const p of path) {
    if (sn === 0n) return null;
    if ((fn & 1n) === 1n || fn === sn) {
      r = nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n ? r : null;
}
