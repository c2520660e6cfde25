import { EventTooLarge, InvalidEvent } from './event-store.errors';
import { NewEvent } from './event.types';
import { assertPlainJson, canonicalJson } from './hashing/canonical-json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_.:]{0,127}$/;

export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

/** An event checked and serialised once (as canonical JSON), ready for any adapter to store. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  dataJson: string;
  metadataJson: string;
}

export function prepareEvents(events: readonly NewEvent[], maxEventBytes: number): PreparedEvent[] {
  if (!Array.isArray(events) || events.length === 0) throw new InvalidEvent('at least one event is required');
  if (events.length > 0xffff) throw new InvalidEvent('at most 65535 events per append');
  const ids = new Set<string>();
  return events.map((event, index) => {
    if (typeof event !== 'object' || event === null) throw new InvalidEvent(`event #${index} is not an object`);
    if (typeof event.id !== 'string' || !UUID.test(event.id)) throw new InvalidEvent(`event #${index} id is not a UUID`);
    const id = event.id.toLowerCase();
    if (ids.has(id)) throw new InvalidEvent(`event id ${id} appears twice in one append`);
    ids.add(id);
    if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type)) {
      throw new InvalidEvent(`event ${id} has an invalid type`);
    }
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > 10_000) {
      throw new InvalidEvent(`event ${id} has an invalid schema version`);
    }
    const metadata = event.metadata ?? {};
    try {
      assertPlainJson(event.data, 'data');
      assertPlainJson(metadata, 'metadata');
    } catch (error) {
      throw new InvalidEvent(`event ${id}: ${(error as Error).message}`);
    }
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
      throw new InvalidEvent(`event ${id}: metadata must be an object`);
    }
    // Stored as canonical JSON (the text the hash chain commits to), so the content digest is
    // built around these very texts, and `verify` can hash what is stored without re-encoding it.
    const dataJson = canonicalJson(event.data);
    const metadataJson = canonicalJson(metadata);
    const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
    if (bytes > maxEventBytes) throw new EventTooLarge(id, bytes, maxEventBytes);
    return { id, type: event.type, schemaVersion, data: event.data, metadata: metadata as Record<string, unknown>, dataJson, metadataJson };
  });
}
