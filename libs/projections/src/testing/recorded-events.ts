import { RecordedEvent } from '@app/event-store';

/**
 * Domain events as the store would hand them to a projection, without a store: positions in the
 * order given, revisions counted per stream. For pure tests of a read model's `evolve`.
 */
export function asRecorded(events: ReadonlyArray<{ stream: string; type: string; data: object }>): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return events.map((event, index) => {
    const revision = (revisions.get(event.stream) ?? -1) + 1;
    revisions.set(event.stream, revision);
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      stream: event.stream,
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actor: 'test' },
      recordedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)),
      revision,
      position: index,
      hash: '0'.repeat(64),
    } as RecordedEvent;
  });
}
