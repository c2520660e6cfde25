"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_EVENT_BYTES = void 0;
exports.prepareEvents = prepareEvents;
const event_store_errors_1 = require("./event-store.errors");
const canonical_json_1 = require("./hashing/canonical-json");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_.:]{0,127}$/;
exports.DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;
function prepareEvents(events, maxEventBytes) {
    if (!Array.isArray(events) || events.length === 0)
        throw new event_store_errors_1.InvalidEvent('at least one event is required');
    if (events.length > 0xffff)
        throw new event_store_errors_1.InvalidEvent('at most 65535 events per append');
    const ids = new Set();
    return events.map((event, index) => {
        if (typeof event !== 'object' || event === null)
            throw new event_store_errors_1.InvalidEvent(`event #${index} is not an object`);
        if (typeof event.id !== 'string' || !UUID.test(event.id))
            throw new event_store_errors_1.InvalidEvent(`event #${index} id is not a UUID`);
        const id = event.id.toLowerCase();
        if (ids.has(id))
            throw new event_store_errors_1.InvalidEvent(`event id ${id} appears twice in one append`);
        ids.add(id);
        if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type)) {
            throw new event_store_errors_1.InvalidEvent(`event ${id} has an invalid type`);
        }
        const schemaVersion = event.schemaVersion ?? 1;
        if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > 10_000) {
            throw new event_store_errors_1.InvalidEvent(`event ${id} has an invalid schema version`);
        }
        const metadata = event.metadata ?? {};
        try {
            (0, canonical_json_1.assertPlainJson)(event.data, 'data');
            (0, canonical_json_1.assertPlainJson)(metadata, 'metadata');
        }
        catch (error) {
            throw new event_store_errors_1.InvalidEvent(`event ${id}: ${error.message}`);
        }
        if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
            throw new event_store_errors_1.InvalidEvent(`event ${id}: metadata must be an object`);
        }
        const dataJson = JSON.stringify(event.data);
        const metadataJson = JSON.stringify(metadata);
        const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
        if (bytes > maxEventBytes)
            throw new event_store_errors_1.EventTooLarge(id, bytes, maxEventBytes);
        return { id, type: event.type, schemaVersion, data: event.data, metadata: metadata, dataJson, metadataJson };
    });
}
//# sourceMappingURL=event-validation.js.map