import { Pool } from 'pg';
import { Seal, SEAL_EVENT_TYPE, SEAL_STREAM } from '../seals/seal';
import { parseSeal } from '../seals/seal.parse';

/** The seals of the seal stream from seal `fromNumber` on, in order, checked for form only. */
export async function sealsFrom(pool: Pool, fromNumber: number): Promise<Seal[]> {
  const { rows } = await pool.query<{ revision: string; type: string; data: unknown }>(
    'SELECT revision, type, data FROM es_events WHERE stream_name = $1 AND revision >= $2 ORDER BY revision',
    [SEAL_STREAM, fromNumber - 1],
  );
  return rows.map((row) => {
    const where = `${SEAL_STREAM} revision ${row.revision}`;
    if (row.type !== SEAL_EVENT_TYPE) throw new Error(`${where} is a ${row.type} event, not ${SEAL_EVENT_TYPE}`);
    return parseSeal(row.data, where);
  });
}
