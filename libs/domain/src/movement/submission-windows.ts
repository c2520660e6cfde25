import { OrgTree } from '../organisations/org-tree';
import { DossierKind } from '../rules/rule-set';
import { SubmissionWindow } from './movement.definition';
import { Movement } from './movement.state';

/** A window with the movement that set it: who launched it and the national (root) movement of its chain. */
export interface ScopedWindow {
  movementId: string;
  /** The first movement of the chain of parents, e.g. the national movement. */
  rootMovementId: string;
  /** The launching organisation: a window by levels binds the organisations below it. */
  launchedBy: string;
  window: SubmissionWindow;
}

/** The windows of every launched movement (closed ones no longer bind anyone). */
export function scopedWindows(movements: readonly Movement[]): ScopedWindow[] {
  const parents = new Map<string, string | undefined>();
  for (const m of movements) if (m.status !== 'unlaunched') parents.set(m.definition.movementId, m.definition.parentMovementId);
  const rootOf = (movementId: string): string => {
    const seen = new Set<string>();
    let current = movementId;
    for (let parent = parents.get(current); parent !== undefined && !seen.has(parent); parent = parents.get(current)) {
      seen.add(current);
      current = parent;
    }
    return current;
  };
  return movements.flatMap((m) =>
    m.status === 'launched'
      ? m.definition.windows.map((window) => ({
          movementId: m.definition.movementId,
          rootMovementId: rootOf(m.definition.movementId),
          launchedBy: m.definition.orgId,
          window,
        }))
      : [],
  );
}

/**
 * How close a window is to an organisation: 0 when the window names it, n when it binds a level
 * and the launching organisation is the organisation's n-th ancestor; undefined when it does not
 * bind the organisation at all.
 */
export function windowDistance(tree: OrgTree, scoped: ScopedWindow, orgId: string): number | undefined {
  const node = tree.get(orgId);
  if (!node) return undefined;
  const scope = scoped.window.appliesTo;
  if ('orgIds' in scope) return scope.orgIds.includes(orgId) ? 0 : undefined;
  if (!scope.levels.includes(node.level)) return undefined;
  const index = tree.ancestors(orgId).findIndex((ancestor) => ancestor.orgId === scoped.launchedBy);
  return index < 0 ? undefined : index + 1;
}

/**
 * The windows binding an organisation for a kind of dossier: per chain of movements, the nearest
 * one (a ministry's own window for its units overrides a national one for the same units); on a
 * tie, the earlier due date, then the window id, so the answer never depends on input order.
 */
export function applicableWindows(tree: OrgTree, windows: readonly ScopedWindow[], orgId: string, kind: DossierKind): ScopedWindow[] {
  const best = new Map<string, { scoped: ScopedWindow; distance: number }>();
  for (const scoped of windows) {
    if (scoped.window.kind !== kind) continue;
    const distance = windowDistance(tree, scoped, orgId);
    if (distance === undefined) continue;
    const current = best.get(scoped.rootMovementId);
    if (!current || compare(distance, scoped, current.distance, current.scoped) < 0) best.set(scoped.rootMovementId, { scoped, distance });
  }
  const chosen = [...best.values()].map((entry) => entry.scoped);
  return chosen.sort((a, b) => (a.rootMovementId < b.rootMovementId ? -1 : a.rootMovementId > b.rootMovementId ? 1 : 0));
}

function compare(d1: number, a: ScopedWindow, d2: number, b: ScopedWindow): number {
  if (d1 !== d2) return d1 - d2;
  if (a.window.dueOn !== b.window.dueOn) return a.window.dueOn < b.window.dueOn ? -1 : 1;
  const [x, y] = [`${a.movementId}\u0000${a.window.windowId}`, `${b.movementId}\u0000${b.window.windowId}`];
  return x < y ? -1 : x > y ? 1 : 0;
}
