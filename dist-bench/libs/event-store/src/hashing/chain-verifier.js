"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyChain = verifyChain;
const event_hash_1 = require("./event-hash");
/**
 * Walks one stream's events (stored form, in revision order) and names the first bad link:
 * a missing revision, or a hash that does not follow from the fields and the previous hash.
 */
function verifyChain(stream, events) {
    let previousHash = event_hash_1.GENESIS_HASH;
    let expectedRevision = 0;
    for (const event of events) {
        if (event.revision !== expectedRevision) {
            return { ok: false, stream, revision: expectedRevision, expectedHash: '', foundHash: '', reason: 'revision_gap' };
        }
        const expectedHash = (0, event_hash_1.eventHash)(previousHash, event.revision, event);
        if (expectedHash !== event.hash) {
            return { ok: false, stream, revision: event.revision, expectedHash, foundHash: event.hash, reason: 'hash_mismatch' };
        }
        previousHash = event.hash;
        expectedRevision += 1;
    }
    return { ok: true, stream, events: expectedRevision, lastHash: previousHash };
}
//# sourceMappingURL=chain-verifier.js.map