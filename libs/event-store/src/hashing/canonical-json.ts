/**
 * Strict JSON check before canonical encoding (RFC 8785, JSON Canonicalization Scheme).
 * Anything JSON.stringify would silently drop or alter (undefined, functions, NaN, Dates, class
 * instances, cycles) is refused, so the bytes hashed are exactly the value stored and read back.
 */
export function assertPlainJson(value: unknown, path = '$', seen: Set<object> = new Set()): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) throw new TypeError(`${path} is a cycle`);
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((item, index) => assertPlainJson(item, `${path}[${index}]`, seen));
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is not a plain object`);
        for (const [key, item] of Object.entries(value)) assertPlainJson(item, `${path}.${key}`, seen);
      }
      seen.delete(value);
      return;
    }
    default:
      throw new TypeError(`${path} is ${typeof value}, not JSON`);
  }
}

/**
 * RFC 8785 canonical text of a value already checked by assertPlainJson: keys sorted by UTF-16
 * code units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes them.
 *
 * Written out rather than delegated to the `canonicalize` package because every append and every
 * event `verify` reads goes through here, and this is about a third faster (strings of plain
 * printable ASCII, the usual case, need no escaping). A property test holds it to that package's
 * output byte for byte: the hash chain depends on these bytes never changing.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return canonicalString(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : canonicalObject(value);
    default:
      throw new TypeError('value has no JSON form');
  }
}

const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A string's canonical JSON text (its quoted form). */
export function canonicalString(text: string): string {
  return PLAIN_TEXT.test(text) ? `"${text}"` : JSON.stringify(text);
}

function canonicalObject(value: object): string {
  const withJson = value as { toJSON?: unknown };
  if (typeof withJson.toJSON === 'function') return canonicalJson((withJson.toJSON as () => unknown)());
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      text += (index === 0 ? '' : ',') + (item === undefined || typeof item === 'symbol' ? 'null' : canonicalJson(item));
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'symbol') continue;
    text += `${text.length === 1 ? '' : ','}${canonicalString(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}
