import { RecordedEvent } from '../event.types';

export interface EventRow {
  position: string;
  event_id: string;
  stream_name: string;
  revision: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  /** Milliseconds since the epoch: parsing a number is much cheaper than a timestamp's text. */
  recorded_ms: number;
  hash: string;
}

export const EVENT_COLUMNS =
  'position, event_id, stream_name, revision, type, schema_version, data, metadata, ' +
  '(extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms, hash';

export function fromRow(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream_name,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_ms),
    revision: Number(row.revision),
    position: Number(row.position),
    hash: row.hash,
  };
}
