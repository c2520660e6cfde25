import { randomUUID } from 'node:crypto';
import { AppendResult, EventStore } from '../event-store.port';
import { NewEvent, RecordedEvent } from '../event.types';

/** Fixtures and waiting helpers of the conformance suite, shared by every adapter's run. */

export function newStream(category = 'dossier'): string {
  return `${category}-${randomUUID()}`;
}

export function newEvent(data: unknown = { note: 'conformance' }): NewEvent {
  return { id: randomUUID(), type: 'NoteAdded', data };
}

export function upperCaseId(event: NewEvent): NewEvent {
  return { ...event, id: event.id.toUpperCase() };
}

export function ids(events: ReadonlyArray<{ id: string }>): string[] {
  return events.map((event) => event.id.toLowerCase());
}

export function revisions(events: readonly RecordedEvent[]): number[] {
  return events.map((event) => event.revision);
}

export function inStreams(...streams: string[]): (event: RecordedEvent) => boolean {
  const wanted = new Set(streams);
  return (event) => wanted.has(event.stream);
}

/** Where an append put its events, without the events it may hand back. */
export function placement(result: AppendResult): Pick<AppendResult, 'revision' | 'position' | 'idempotent'> {
  return { revision: result.revision, position: result.position, idempotent: result.idempotent };
}

/** An existing stream of `count` events (or a fresh name when count is 0). */
export async function streamWith(store: EventStore, count: number): Promise<string> {
  const stream = newStream();
  if (count > 0) await store.append(stream, Array.from({ length: count }, () => newEvent()), 'no_stream');
  return stream;
}

export async function expectStreamUnchanged(store: EventStore, stream: string, count: number): Promise<void> {
  expect(await store.readStream(stream)).toHaveLength(count);
  expect(await store.streamRevision(stream)).toBe(count === 0 ? null : count - 1);
}

/** The error an operation fails with; a synchronous throw counts as well as a rejection. */
export async function caught(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

/**
 * Pages through the global log from `from` until `until`, however the adapter caps a page. An
 * adapter may hold back events behind a commit still in flight elsewhere (PostgreSQL's visibility
 * frontier), so it first waits until the store shows `until` to readers.
 */
export async function readAllBetween(store: EventStore, from: number, until: number): Promise<RecordedEvent[]> {
  const deadline = Date.now() + 30_000;
  while ((await store.headPosition()) < until) {
    if (Date.now() > deadline) throw new Error(`timed out after 30000 ms waiting for position ${until} to become visible`);
    await sleep(20);
  }
  const events: RecordedEvent[] = [];
  for (let next = from; next <= until; ) {
    const page = await store.readAll({ fromPosition: next, limit: 500 });
    if (page.length === 0) break;
    events.push(...page);
    next = page[page.length - 1].position + 1;
  }
  return events;
}

/** Index of the first value not greater than the one before it, or -1. */
export function firstNotIncreasing(values: readonly number[]): number {
  return values.findIndex((value, index) => index > 0 && value <= values[index - 1]);
}

/** Index of the first place two sequences differ (including length), or -1. */
export function firstDifference(left: readonly string[], right: readonly string[]): number {
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) if (left[index] !== right[index]) return index;
  return -1;
}

/** Streams whose events did not arrive as revisions 0, 1, 2, … in that order. */
export function streamsOutOfOrder(events: readonly RecordedEvent[]): string[] {
  const next = new Map<string, number>();
  const broken = new Set<string>();
  for (const event of events) {
    if (event.revision !== (next.get(event.stream) ?? 0)) broken.add(event.stream);
    next.set(event.stream, event.revision + 1);
  }
  return [...broken];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
