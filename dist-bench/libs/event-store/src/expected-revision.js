"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeExpected = describeExpected;
exports.matchesExpected = matchesExpected;
function describeExpected(expected) {
    return typeof expected === 'number' ? `revision ${expected}` : expected;
}
/** `actual` is null when the stream does not exist. */
function matchesExpected(expected, actual) {
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
//# sourceMappingURL=expected-revision.js.map