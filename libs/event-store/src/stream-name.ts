import { InvalidStreamName } from './event-store.errors';

/** `<category>-<id>`: a category without hyphens (so it can be split off), then an id. */
const STREAM_NAME = /^[a-z][a-zA-Z0-9_]{0,62}-[A-Za-z0-9][A-Za-z0-9_.:@-]{0,199}$/;

export function assertStreamName(stream: unknown): asserts stream is string {
  if (typeof stream !== 'string' || !STREAM_NAME.test(stream)) throw new InvalidStreamName(stream);
}

export function streamCategory(stream: string): string {
  return stream.slice(0, stream.indexOf('-'));
}

export function streamId(stream: string): string {
  return stream.slice(stream.indexOf('-') + 1);
}
