"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENESIS_HASH = void 0;
exports.sha256Hex = sha256Hex;
exports.contentDigest = contentDigest;
exports.linkHash = linkHash;
exports.eventHash = eventHash;
const node_crypto_1 = require("node:crypto");
const canonical_json_1 = require("./canonical-json");
/**
 * The hash chain, documented here because auditors re-implement it:
 *
 *   content  = RFC 8785 canonical JSON of
 *              { data, id, metadata, recordedAt (ISO 8601, ms, UTC), schemaVersion, stream, type }
 *   digest   = hex(SHA-256(UTF-8(content)))
 *   hash     = hex(SHA-256(UTF-8(previousHash + "\n" + revision + "\n" + digest)))
 *
 * previousHash is the hash of the event at revision - 1 of the same stream, or GENESIS_HASH for
 * revision 0. The link step is deliberately tiny so the PostgreSQL adapter can compute it inside
 * the append function, where the previous hash is read under the stream lock.
 */
exports.GENESIS_HASH = '0'.repeat(64);
function sha256Hex(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function contentDigest(event) {
    return sha256Hex((0, canonical_json_1.canonicalJson)({
        data: event.data,
        id: event.id,
        metadata: event.metadata,
        recordedAt: event.recordedAt.toISOString(),
        schemaVersion: event.schemaVersion,
        stream: event.stream,
        type: event.type,
    }));
}
function linkHash(previousHash, revision, digest) {
    return sha256Hex(`${previousHash}\n${revision}\n${digest}`);
}
function eventHash(previousHash, revision, event) {
    return linkHash(previousHash, revision, contentDigest(event));
}
//# sourceMappingURL=event-hash.js.map