import { PoolClient } from 'pg';
import { leafHash } from '../merkle/merkle-hashing';
import { MerkleTree } from '../merkle/merkle-tree';
import { Seal } from '../seals/seal';
import { ExportRefused } from './seal-index';

/**
 * The tree of one seal, rebuilt from the events stored in its range, to cut inclusion paths from.
 * It must give the seal's root and count, or the range was tampered with since it was sealed.
 */
export class SealProofs {
  private constructor(
    readonly seal: Seal,
    private readonly tree: MerkleTree,
    private readonly positions: number[],
  ) {}

  static async build(client: PoolClient, seal: Seal): Promise<SealProofs> {
    const { rows } = await client.query<{ position: string; hash: string }>(
      'SELECT position, hash FROM es_events WHERE position BETWEEN $1 AND $2 ORDER BY position',
      [seal.fromPosition, seal.toPosition],
    );
    const positions = rows.map((row) => Number(row.position));
    const tree = rows.length > 0 ? new MerkleTree(rows.map((row, index) => leafHash(positions[index], row.hash))) : null;
    if (!tree || tree.size !== seal.count || tree.root() !== seal.merkleRoot) {
      throw new ExportRefused(`the events stored in seal ${seal.sealNumber}'s range ${seal.fromPosition}..${seal.toPosition} no longer give its root`);
    }
    return new SealProofs(seal, tree, positions);
  }

  proof(position: number): { sealNumber: number; leafIndex: number; path: string[] } {
    const leafIndex = binarySearch(this.positions, position);
    if (leafIndex < 0) throw new ExportRefused(`position ${position} is not in seal ${this.seal.sealNumber}`);
    return { sealNumber: this.seal.sealNumber, leafIndex, path: this.tree.inclusionPath(leafIndex) };
  }
}

function binarySearch(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return middle;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
