import { Pool, PoolClient } from 'pg';
import { SEAL_STREAM } from '../seals/seal';
import { StoredSealEvent } from '../verification/seal-anchors';

/** The seal stream as stored, in revision order: one query, however long the log. */
export async function storedSealEvents(client: Pool | PoolClient): Promise<StoredSealEvent[]> {
  const { rows } = await client.query<{ revision: string; position: string; type: string; data: unknown }>(
    'SELECT revision, position, type, data FROM es_events WHERE stream_name = $1 ORDER BY revision',
    [SEAL_STREAM],
  );
  return rows.map((row) => ({ revision: Number(row.revision), position: Number(row.position), type: row.type, data: row.data }));
}
