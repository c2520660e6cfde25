const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A table, index or constraint name quoted for SQL text. Such names come from the read-model
 * catalogue or from PostgreSQL's own catalogue, never from input; anything but a plain lower-case
 * identifier is refused all the same.
 */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name) || name.length > 63) throw new Error(`not a plain identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}
