import { ENVELOPE_KEY, isPersonalEnvelope, PersonalEnvelope } from './personal-envelope';

/** JSON values are trees: these walk them without mutating, copying only the branches that change. */

type Json = unknown;

export function forEachEnvelope(value: Json, visit: (envelope: PersonalEnvelope) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (isPersonalEnvelope(value)) return visit(value);
  if (Array.isArray(value)) for (const item of value) forEachEnvelope(item, visit);
  else for (const key in value) forEachEnvelope((value as Record<string, Json>)[key], visit);
}

/** `value` with every envelope replaced; the very same object when it holds none. */
export function replaceEnvelopes(value: Json, replace: (envelope: PersonalEnvelope) => Json): Json {
  if (typeof value !== 'object' || value === null) return value;
  if (isPersonalEnvelope(value)) return replace(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => replaceEnvelopes(item, replace));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  let copy: Record<string, Json> | undefined;
  for (const key in value) {
    const before = (value as Record<string, Json>)[key];
    const after = replaceEnvelopes(before, replace);
    if (after !== before) (copy ??= { ...(value as Record<string, Json>) })[key] = after;
  }
  return copy ?? value;
}

/** Whether some object in `value` has the key reserved for envelopes. */
export function usesEnvelopeKey(value: Json): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(usesEnvelopeKey);
  return Object.prototype.hasOwnProperty.call(value, ENVELOPE_KEY) || Object.values(value).some(usesEnvelopeKey);
}

export function valueAt(value: Json, path: readonly string[]): Json {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, Json>)[key];
  }
  return at;
}

/** `value` with the value at `path` (which exists) replaced, copying the objects along the way. */
export function withValueAt(value: Json, path: readonly string[], next: Json): Json {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const object = value as Record<string, Json>;
  return { ...object, [key]: withValueAt(object[key], rest, next) };
}
