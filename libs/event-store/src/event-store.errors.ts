import { describeExpected, ExpectedRevision } from './expected-revision';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream was not where the writer expected; nothing was stored. `actual` is null for no stream. */
export class WrongExpectedRevision extends EventStoreError {
  readonly code = 'wrong_expected_revision';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | null,
  ) {
    super(
      `stream ${stream}: expected ${describeExpected(expected)}, actual ${actual === null ? 'no stream' : `revision ${actual}`}`,
    );
  }
}

/** An event id already stored somewhere other than the place this append targets. */
export class DuplicateEventId extends EventStoreError {
  readonly code = 'duplicate_event_id';
  constructor(
    readonly eventId: string,
    readonly stream: string,
    readonly existingStream?: string,
    readonly existingRevision?: number,
  ) {
    super(
      `event id ${eventId} is already stored` +
        (existingStream === undefined ? '' : ` in ${existingStream} at revision ${existingRevision}`) +
        `; it cannot be appended to ${stream} again elsewhere`,
    );
  }
}

export class InvalidStreamName extends EventStoreError {
  readonly code = 'invalid_stream_name';
  constructor(readonly stream: unknown) {
    super(`invalid stream name ${JSON.stringify(String(stream)).slice(0, 120)}: expected <category>-<id>`);
  }
}

/** The event itself is malformed: not JSON, bad id, bad type, bad version. */
export class InvalidEvent extends EventStoreError {
  readonly code = 'invalid_event';
  constructor(readonly reason: string) {
    super(`invalid event: ${reason}`);
  }
}

export class EventTooLarge extends EventStoreError {
  readonly code = 'event_too_large';
  constructor(
    readonly eventId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`event ${eventId} is ${bytes} bytes, over the limit of ${limit}`);
  }
}

export class StreamNotFound extends EventStoreError {
  readonly code = 'stream_not_found';
  constructor(readonly stream: string) {
    super(`stream ${stream} does not exist`);
  }
}
