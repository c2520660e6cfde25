import { PoolClient } from 'pg';
import { SealPublicKey } from '../keys/seal-key-file';
import { Seal, SEAL_EVENT_TYPE, SEAL_STREAM } from '../seals/seal';
import { parseSeal } from '../seals/seal.parse';
import { sealSignatureProblem } from '../seals/seal-signing';

export class ExportRefused extends Error {
  constructor(reason: string) {
    super(`export refused: ${reason}; run \`npm run cli -- verify\``);
    this.name = 'ExportRefused';
  }
}

/**
 * Which seal covers which position. Only each seal's range is loaded for the whole chain (a few
 * numbers per seal); a seal's full record is loaded once an exported event needs it.
 */
export class SealIndex {
  private constructor(private readonly ranges: { sealNumber: number; fromPosition: number; toPosition: number }[]) {}

  static async load(client: PoolClient): Promise<SealIndex> {
    const { rows } = await client.query<{ revision: string; from_position: string; to_position: string }>(
      `SELECT revision, (data->>'fromPosition')::bigint AS from_position, (data->>'toPosition')::bigint AS to_position
         FROM es_events WHERE stream_name = $1 ORDER BY revision`,
      [SEAL_STREAM],
    );
    return new SealIndex(rows.map((row) => ({ sealNumber: Number(row.revision) + 1, fromPosition: Number(row.from_position), toPosition: Number(row.to_position) })));
  }

  /** Number of the seal covering a position, by binary search (ranges follow one another). */
  sealOf(position: number): number {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = this.ranges[middle];
      if (position < range.fromPosition) high = middle - 1;
      else if (position > range.toPosition) low = middle + 1;
      else return range.sealNumber;
    }
    throw new ExportRefused(`no seal covers position ${position}`);
  }

  /** The seals, checked against our key: a bundle never carries a seal that would not verify. */
  static async seals(client: PoolClient, numbers: readonly number[], key: Pick<SealPublicKey, 'publicKey' | 'fingerprint'>): Promise<Seal[]> {
    const { rows } = await client.query<{ revision: string; type: string; data: unknown }>(
      'SELECT revision, type, data FROM es_events WHERE stream_name = $1 AND revision = ANY ($2::bigint[]) ORDER BY revision',
      [SEAL_STREAM, numbers.map((number) => number - 1)],
    );
    return rows.map((row) => {
      const where = `${SEAL_STREAM} revision ${row.revision}`;
      if (row.type !== SEAL_EVENT_TYPE) throw new ExportRefused(`${where} is not a seal`);
      const seal = parseSeal(row.data, where);
      const problem = sealSignatureProblem(seal, key.publicKey, key.fingerprint);
      if (problem) throw new ExportRefused(problem);
      return seal;
    });
  }
}
