"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENT_STORE_MIGRATIONS = void 0;
const _001_event_store_migration_1 = require("./migrations/001-event-store.migration");
exports.EVENT_STORE_MIGRATIONS = [_001_event_store_migration_1.eventStoreSchema];
//# sourceMappingURL=event-store-migrations.js.map