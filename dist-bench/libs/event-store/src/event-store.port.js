"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENT_STORE = void 0;
exports.EVENT_STORE = Symbol('EventStore');
//# sourceMappingURL=event-store.port.js.map