import { InvalidReadQuery } from './read-query.errors';

/**
 * Keyset pagination: a cursor is the sort value and id of the last row of a page, base64url JSON,
 * opaque to clients. It names its sort key, so a cursor cannot be replayed against another order.
 */
export const DOSSIER_SORT_KEYS = ['updated_at', 'created_at', 'due_at'] as const;
export type DossierSortKey = (typeof DOSSIER_SORT_KEYS)[number];

export interface DossierCursor {
  sort: DossierSortKey;
  /** ISO instant of the sort column in the last row. */
  at: string;
  id: string;
}

const notOurs = () => new InvalidReadQuery('cursor', 'not a cursor this service issued for this order');

export function encodeCursor(cursor: DossierCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.at, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string, sort: DossierSortKey): DossierCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw notOurs();
  }
  if (!Array.isArray(parts) || parts.length !== 3) throw notOurs();
  const [key, at, id] = parts as unknown[];
  if (key !== sort || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string') {
    throw notOurs();
  }
  return { sort, at, id };
}
