/**
 * What a writer believes about a stream before appending:
 * an exact revision (the revision of its last event), that it does not exist yet,
 * that it exists (any revision), or nothing at all.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}

/** `actual` is null when the stream does not exist. */
export function matchesExpected(expected: ExpectedRevision, actual: number | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === null;
    case 'stream_exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}
