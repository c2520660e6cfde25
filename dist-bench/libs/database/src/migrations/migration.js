"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=migration.js.map