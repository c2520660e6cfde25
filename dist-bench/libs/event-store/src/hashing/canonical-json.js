"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertPlainJson = assertPlainJson;
exports.canonicalJson = canonicalJson;
const canonicalize_1 = __importDefault(require("canonicalize"));
/**
 * Strict JSON check before canonical encoding (RFC 8785, JSON Canonicalization Scheme).
 * Anything JSON.stringify would silently drop or alter (undefined, functions, NaN, Dates, class
 * instances, cycles) is refused, so the bytes hashed are exactly the value stored and read back.
 */
function assertPlainJson(value, path = '$', seen = new Set()) {
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError(`${path} is not a finite number`);
            return;
        case 'object': {
            if (value === null)
                return;
            if (seen.has(value))
                throw new TypeError(`${path} is a cycle`);
            seen.add(value);
            if (Array.isArray(value)) {
                value.forEach((item, index) => assertPlainJson(item, `${path}[${index}]`, seen));
            }
            else {
                const proto = Object.getPrototypeOf(value);
                if (proto !== Object.prototype && proto !== null)
                    throw new TypeError(`${path} is not a plain object`);
                for (const [key, item] of Object.entries(value))
                    assertPlainJson(item, `${path}.${key}`, seen);
            }
            seen.delete(value);
            return;
        }
        default:
            throw new TypeError(`${path} is ${typeof value}, not JSON`);
    }
}
/** RFC 8785 canonical text of a value already checked by assertPlainJson. */
function canonicalJson(value) {
    const text = (0, canonicalize_1.default)(value);
    if (text === undefined)
        throw new TypeError('value has no JSON form');
    return text;
}
//# sourceMappingURL=canonical-json.js.map