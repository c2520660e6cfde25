import { Chunk } from './chunk-scan';
import { SealRange } from './seal-ranges';

/** The highest position a stored event can have (positions are bigint; pages bind it as a parameter). */
export const LAST_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * Cuts the log into chunks at the given positions (each the last of its chunk), moved forward to
 * the end of any seal range they fall inside: a seal's root is recomputed within one chunk.
 */
export function chunksAt(cuts: readonly number[], ranges: readonly SealRange[]): Chunk[] {
  const ends = new Set<number>();
  for (let cut of cuts) {
    for (let moved = true; moved; ) {
      moved = false;
      for (const range of ranges) {
        if (range.fromPosition <= cut && cut < range.toPosition) {
          cut = range.toPosition;
          moved = true;
        }
      }
    }
    if (cut < LAST_POSITION) ends.add(cut);
  }
  const sorted = [...ends].sort((a, b) => a - b);
  const chunks: Chunk[] = [];
  let from = 0;
  for (const end of sorted) {
    if (end < from) continue;
    chunks.push({ fromPosition: from, toPosition: end });
    from = end + 1;
  }
  chunks.push({ fromPosition: from, toPosition: LAST_POSITION });
  return chunks;
}

/** The ranges to recompute in a chunk: those that start in it. */
export function rangesIn(chunk: Chunk, ranges: readonly SealRange[]): SealRange[] {
  return ranges.filter((range) => range.fromPosition >= chunk.fromPosition && range.fromPosition <= chunk.toPosition);
}
