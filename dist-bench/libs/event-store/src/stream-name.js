"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertStreamName = assertStreamName;
exports.streamCategory = streamCategory;
exports.streamId = streamId;
const event_store_errors_1 = require("./event-store.errors");
/** `<category>-<id>`: a category without hyphens (so it can be split off), then an id. */
const STREAM_NAME = /^[a-z][a-zA-Z0-9_]{0,62}-[A-Za-z0-9][A-Za-z0-9_.:@-]{0,199}$/;
function assertStreamName(stream) {
    if (typeof stream !== 'string' || !STREAM_NAME.test(stream))
        throw new event_store_errors_1.InvalidStreamName(stream);
}
function streamCategory(stream) {
    return stream.slice(0, stream.indexOf('-'));
}
function streamId(stream) {
    return stream.slice(stream.indexOf('-') + 1);
}
//# sourceMappingURL=stream-name.js.map