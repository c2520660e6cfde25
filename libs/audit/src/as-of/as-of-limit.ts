import { isIsoDate } from '@app/domain';
import { ReadStreamOptions, RecordedEvent } from '@app/event-store';

/** A point in the past: an instant (events recorded at or before it) or a global position (events at or before it). */
export type AsOfLimit = { at: Date } | { position: number };

/** A query parameter that does not name a point in the past; `parameter` is the one to correct. */
export class InvalidAsOf extends Error {
  constructor(
    readonly parameter: 'asOf' | 'position',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidAsOf';
  }
}

/** An instant with its date, time and zone spelled out, so nobody has to guess which midnight was meant. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const POSITION = /^\d+$/;

/** The limit `?asOf=…` or `?position=N` asks for; null when neither is given. Throws InvalidAsOf. */
export function parseAsOf(query: { asOf?: string; position?: string }): AsOfLimit | null {
  const { asOf, position } = query;
  if (asOf !== undefined && position !== undefined) throw new InvalidAsOf('position', 'give either asOf or position, not both');
  if (asOf !== undefined) return { at: parseInstant(asOf) };
  if (position !== undefined) return { position: parsePosition(position) };
  return null;
}

function parseInstant(text: string): Date {
  const match = INSTANT.exec(text);
  const valid =
    match !== null &&
    isIsoDate(match[1]) &&
    Number(match[2]) < 24 &&
    Number(match[3]) < 60 &&
    Number(match[4] ?? 0) < 60 &&
    Number.isFinite(Date.parse(text));
  if (!valid) throw new InvalidAsOf('asOf', `asOf must be an ISO 8601 instant with a time zone, e.g. 2027-03-01T00:00:00Z; got ${JSON.stringify(text)}`);
  return new Date(text);
}

function parsePosition(text: string): number {
  const value = Number(text);
  if (!POSITION.test(text) || !Number.isSafeInteger(value)) {
    throw new InvalidAsOf('position', `position must be a non-negative integer (a global position); got ${JSON.stringify(text)}`);
  }
  return value;
}

/** True when the event had happened at the limit. */
export function isWithin(limit: AsOfLimit, event: RecordedEvent): boolean {
  return 'at' in limit ? event.recordedAt.getTime() <= limit.at.getTime() : event.position <= limit.position;
}

/** The same cut as a stream read. */
export function streamCut(limit: AsOfLimit): Pick<ReadStreamOptions, 'asOf' | 'untilPosition'> {
  return 'at' in limit ? { asOf: limit.at } : { untilPosition: limit.position };
}

/** How an answer names the point it was computed at (`asOf` in the answer). */
export function limitLabel(limit: AsOfLimit): { at: string } | { position: number } {
  return 'at' in limit ? { at: limit.at.toISOString() } : { position: limit.position };
}

/** The limit in words, for messages. */
export function limitText(limit: AsOfLimit): string {
  return 'at' in limit ? `as of ${limit.at.toISOString()}` : `as of position ${limit.position}`;
}
