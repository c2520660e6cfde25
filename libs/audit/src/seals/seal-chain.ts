import { GENESIS_SEAL_HASH, Seal } from './seal';

/**
 * Why `seal` cannot follow `previous` (null: it must be the first seal), or null when it can:
 * the next number, the previous seal's hash, and the range starting right after the previous one.
 */
export function sealLinkProblem(previous: Seal | null, seal: Seal): string | null {
  const number = previous ? previous.sealNumber + 1 : 1;
  const hash = previous ? previous.sealHash : GENESIS_SEAL_HASH;
  const from = previous ? previous.toPosition + 1 : 0;
  if (seal.sealNumber !== number) return `seal ${seal.sealNumber} comes where seal ${number} was expected`;
  if (seal.previousSealHash !== hash) return `seal ${seal.sealNumber} names previous seal hash ${seal.previousSealHash}, expected ${hash}`;
  if (seal.fromPosition !== from) return `seal ${seal.sealNumber} starts at position ${seal.fromPosition}, expected ${from}`;
  return null;
}
