import { EventMetadata, RecordedEvent } from '../event.types';

/** recorded_at as milliseconds since the epoch (float8 keeps a fraction of a millisecond; Date then drops it). */
const RECORDED_MS = '(extract(epoch FROM recorded_at) * 1000)::float8';

/**
 * The typed fields of an event (numbers and a UUID, none of which can hold a space) packed into
 * one space-separated text. Events are read by the thousand and every column has a fixed cost in
 * the driver: read this way, in row mode 'array', an event costs about a fifth less to take in.
 */
const PACKED_HEAD = `concat_ws(' ', position, revision, schema_version, ${RECORDED_MS}, event_id)`;

/** Select list of an event, read with `rowMode: 'array'` into an EventRow. */
export const EVENT_COLUMNS = `${PACKED_HEAD}, stream_name, type, data, metadata, hash`;

/** The same with data and metadata as the JSON text stored, unparsed: for readers that hash it as it is. */
export const EVENT_TEXT_COLUMNS = `${PACKED_HEAD}, stream_name, type, data::text, metadata::text, hash`;

/** A row of EVENT_COLUMNS (Json: parsed values) or EVENT_TEXT_COLUMNS (Json: string). */
export type EventRow<Json = unknown> = [head: string, stream: string, type: string, data: Json, metadata: Json, hash: string];

export interface EventHead {
  position: number;
  revision: number;
  schemaVersion: number;
  recordedAt: Date;
  id: string;
}

export function headOf(packed: string): EventHead {
  const [position, revision, schemaVersion, recordedMs, id] = packed.split(' ');
  return { position: Number(position), revision: Number(revision), schemaVersion: Number(schemaVersion), recordedAt: new Date(Number(recordedMs)), id };
}

export function fromRow([packed, stream, type, data, metadata, hash]: EventRow): RecordedEvent {
  const { id, schemaVersion, recordedAt, revision, position } = headOf(packed);
  return { id, stream, type, schemaVersion, data, metadata: metadata as EventMetadata, recordedAt, revision, position, hash };
}
