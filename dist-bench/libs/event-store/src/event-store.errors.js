"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StreamNotFound = exports.EventTooLarge = exports.InvalidEvent = exports.InvalidStreamName = exports.DuplicateEventId = exports.WrongExpectedRevision = exports.EventStoreError = void 0;
const expected_revision_1 = require("./expected-revision");
class EventStoreError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
exports.EventStoreError = EventStoreError;
/** The stream was not where the writer expected; nothing was stored. `actual` is null for no stream. */
class WrongExpectedRevision extends EventStoreError {
    stream;
    expected;
    actual;
    code = 'wrong_expected_revision';
    constructor(stream, expected, actual) {
        super(`stream ${stream}: expected ${(0, expected_revision_1.describeExpected)(expected)}, actual ${actual === null ? 'no stream' : `revision ${actual}`}`);
        this.stream = stream;
        this.expected = expected;
        this.actual = actual;
    }
}
exports.WrongExpectedRevision = WrongExpectedRevision;
/** An event id already stored somewhere other than the place this append targets. */
class DuplicateEventId extends EventStoreError {
    eventId;
    stream;
    existingStream;
    existingRevision;
    code = 'duplicate_event_id';
    constructor(eventId, stream, existingStream, existingRevision) {
        super(`event id ${eventId} is already stored` +
            (existingStream === undefined ? '' : ` in ${existingStream} at revision ${existingRevision}`) +
            `; it cannot be appended to ${stream} again elsewhere`);
        this.eventId = eventId;
        this.stream = stream;
        this.existingStream = existingStream;
        this.existingRevision = existingRevision;
    }
}
exports.DuplicateEventId = DuplicateEventId;
class InvalidStreamName extends EventStoreError {
    stream;
    code = 'invalid_stream_name';
    constructor(stream) {
        super(`invalid stream name ${JSON.stringify(String(stream)).slice(0, 120)}: expected <category>-<id>`);
        this.stream = stream;
    }
}
exports.InvalidStreamName = InvalidStreamName;
/** The event itself is malformed: not JSON, bad id, bad type, bad version. */
class InvalidEvent extends EventStoreError {
    reason;
    code = 'invalid_event';
    constructor(reason) {
        super(`invalid event: ${reason}`);
        this.reason = reason;
    }
}
exports.InvalidEvent = InvalidEvent;
class EventTooLarge extends EventStoreError {
    eventId;
    bytes;
    limit;
    code = 'event_too_large';
    constructor(eventId, bytes, limit) {
        super(`event ${eventId} is ${bytes} bytes, over the limit of ${limit}`);
        this.eventId = eventId;
        this.bytes = bytes;
        this.limit = limit;
    }
}
exports.EventTooLarge = EventTooLarge;
class StreamNotFound extends EventStoreError {
    stream;
    code = 'stream_not_found';
    constructor(stream) {
        super(`stream ${stream} does not exist`);
        this.stream = stream;
    }
}
exports.StreamNotFound = StreamNotFound;
//# sourceMappingURL=event-store.errors.js.map