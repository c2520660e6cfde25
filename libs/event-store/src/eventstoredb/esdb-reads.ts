import {
  AllStreamRecordedEvent,
  AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { RecordedEvent } from '../event.types';
import { toGlobalPosition, toLogPosition } from './all-position';
import { isOwnEvent } from './own-events';
import { fromResolvedEvent } from './recorded-event-envelope';

/**
 * Reads as whole arrays, and paged reads as async generators. Reads are cut into pages so a caller
 * that stops early (a limit, a revision bound) never holds a server stream open or drains it.
 */
export const PAGE_SIZE = 500;

/** One read of a stream; a stream that does not exist reads as empty. */
export async function readStreamEvents(client: EventStoreDBClient, stream: string, options: ReadStreamOptions): Promise<ResolvedEvent[]> {
  const events: ResolvedEvent[] = [];
  try {
    for await (const resolved of client.readStream(stream, options)) events.push(resolved);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

/** One read of $all. Without link resolution every entry carries its event; the type does not say so. */
export async function readAllEvents(client: EventStoreDBClient, options: ReadAllOptions): Promise<Array<AllStreamResolvedEvent & { event: AllStreamRecordedEvent }>> {
  const events: Array<AllStreamResolvedEvent & { event: AllStreamRecordedEvent }> = [];
  for await (const resolved of client.readAll(options)) {
    if (resolved.event === undefined) throw new Error('a read of $all returned an entry without an event');
    events.push({ ...resolved, event: resolved.event });
  }
  return events;
}

/** Stored events of a stream from a revision (or its end), page by page, in one direction. */
export async function* streamPages(
  client: EventStoreDBClient,
  stream: string,
  from: number | 'end',
  backwards: boolean,
  pageSize = PAGE_SIZE,
): AsyncGenerator<RecordedEvent[]> {
  for (let next: number | 'end' = from; next === 'end' || next >= 0; ) {
    const page = await readStreamEvents(client, stream, {
      fromRevision: next === 'end' ? END : BigInt(next),
      direction: backwards ? BACKWARDS : FORWARDS,
      maxCount: pageSize,
    });
    const events = page.map(fromResolvedEvent);
    if (events.length > 0) yield events;
    if (page.length < pageSize) return;
    const last = events[events.length - 1].revision;
    next = backwards ? last - 1 : last + 1;
  }
}

/**
 * The port's events of $all forwards from a server position (inclusive), keeping global positions
 * from `keepFrom` on. Each next page starts at the last record seen, which the server returns again.
 */
export async function* allPages(client: EventStoreDBClient, from: typeof START | Position, keepFrom: number): AsyncGenerator<RecordedEvent[]> {
  for (let start = from, keep = keepFrom; ; ) {
    const page = await readAllEvents(client, { fromPosition: start, direction: FORWARDS, maxCount: PAGE_SIZE });
    const events = page
      .filter((resolved) => isOwnEvent(resolved.event) && toGlobalPosition(resolved.event.position.commit) >= keep)
      .map(fromResolvedEvent);
    if (events.length > 0) yield events;
    if (page.length < PAGE_SIZE) return;
    start = page[page.length - 1].event.position;
    keep = Math.max(keep, toGlobalPosition(start.commit) + 1);
  }
}

/** Global position of the newest event of the port in $all, or 0. */
export async function newestOwnPosition(client: EventStoreDBClient): Promise<number> {
  for (let from: typeof END | Position = END; ; ) {
    const page = await readAllEvents(client, { fromPosition: from, direction: BACKWARDS, maxCount: PAGE_SIZE });
    const own = page.find((resolved) => isOwnEvent(resolved.event));
    if (own !== undefined) return toGlobalPosition(own.event.position.commit);
    if (page.length < PAGE_SIZE) return 0;
    // A backward read from a record's position starts just before that record.
    from = page[page.length - 1].event.position;
  }
}

/** The port's event at exactly this (even) global position, if there is one. */
export async function ownEventAt(client: EventStoreDBClient, position: number): Promise<AllStreamResolvedEvent | undefined> {
  const at = toLogPosition(position);
  const [resolved] = await readAllEvents(client, { fromPosition: at, direction: FORWARDS, maxCount: 1 });
  const exact = resolved !== undefined && isOwnEvent(resolved.event) && resolved.event.position.commit === at.commit;
  return exact ? resolved : undefined;
}
