import { RecordedEvent } from '@app/event-store';

/**
 * What a receiver gets: the event as recorded, without its metadata (internal ids of commands
 * and correlations) or storage details. `id` is stable across retries: receivers de-duplicate on it.
 */
export function deliveryBody(event: RecordedEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision,
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
  });
}
