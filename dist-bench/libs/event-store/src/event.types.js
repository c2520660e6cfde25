"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.START = void 0;
exports.START = 0;
//# sourceMappingURL=event.types.js.map