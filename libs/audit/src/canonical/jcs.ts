/**
 * RFC 8785 (JSON Canonicalization Scheme) for values that came out of JSON.parse: objects with
 * their keys sorted by UTF-16 code units, no whitespace, strings and numbers written as
 * ECMAScript's JSON.stringify writes them (which is what RFC 8785 specifies).
 *
 * The event store hashes with the `canonicalize` package; this copy exists so the offline bundle
 * verifier depends on nothing but node:crypto. A unit test holds the two to the same output.
 */
export function jcs(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('a non-finite number has no JSON form');
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${jcs(record[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`a ${typeof value} has no JSON form`);
  }
}
