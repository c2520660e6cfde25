"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENT_COLUMNS = void 0;
exports.fromRow = fromRow;
exports.EVENT_COLUMNS = 'position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash';
function fromRow(row) {
    return {
        id: row.event_id,
        stream: row.stream_name,
        type: row.type,
        schemaVersion: row.schema_version,
        data: row.data,
        metadata: row.metadata,
        recordedAt: row.recorded_at,
        revision: Number(row.revision),
        position: Number(row.position),
        hash: row.hash,
    };
}
//# sourceMappingURL=event-row.js.map