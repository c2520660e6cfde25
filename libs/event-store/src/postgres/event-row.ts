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
  recorded_at: Date;
  hash: string;
}

export const EVENT_COLUMNS =
  'position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash';

export function fromRow(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream_name,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    revision: Number(row.revision),
    position: Number(row.position),
    hash: row.hash,
  };
}
