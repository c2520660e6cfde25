/** Deeper than any payload the domain defines; deep structures would only exhaust recursive code downstream. */
export const MAX_BODY_DEPTH = 32;

/** Keys that change an object's prototype when copied by ordinary JavaScript code. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** NUL cannot be stored in PostgreSQL text; an unpaired surrogate is not Unicode and cannot be encoded. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a parsed JSON body cannot be accepted, or null. Walked with an explicit stack, so a hostile
 * nesting cannot overflow the call stack while being checked.
 */
export function bodyShapeProblem(body: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: body, depth: 0, path: '$' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return `${path} holds a NUL character or an unpaired surrogate`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) return `${path} is nested deeper than ${MAX_BODY_DEPTH} levels`;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` }));
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path} has the key ${JSON.stringify(key)}, which is not accepted`;
      if (UNSTORABLE.test(key)) return `${path} has a key with a NUL character or an unpaired surrogate`;
      stack.push({ value: item, depth: depth + 1, path: `${path}.${key.length > 40 ? `${key.slice(0, 40)}…` : key}` });
    }
  }
  return null;
}
