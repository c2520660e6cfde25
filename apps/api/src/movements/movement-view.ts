import { Movement, PlanOutline, PlanTreeNode, windowDueAt } from '@app/domain';
import { MovementRow } from '@app/projections/movements/movement.row';
import { CommandOutcome } from '@app/workflow';

/** A movement as the API shows it: its definition, each window with the instant it falls due, and whether it still runs. */
export function movementView(state: Exclude<Movement, { status: 'unlaunched' }>) {
  const { definition } = state;
  return {
    ...definition,
    windows: definition.windows.map((window) => ({ ...window, dueAt: windowDueAt(window), setAt: state.windowsSetAt[window.windowId] })),
    status: state.status,
    ...(state.status === 'closed' ? { closedAt: state.closedAt } : {}),
  };
}

/** A row of the movements list: what a council browses, without the per-organisation deadline tracks. */
export function movementListItem(row: MovementRow) {
  const { tracks: _tracks, windowsSetAt: _setAt, lastPosition: _position, ...shown } = row;
  return { ...shown, windows: row.windows.map((window) => ({ ...window, dueAt: windowDueAt(window) })) };
}

/** What a command answered: the events it appended (or had appended the first time it was sent). */
export function movementCommandResponse(movementId: string, result: CommandOutcome<Movement>) {
  return {
    movementId,
    repeated: result.repeated,
    events: result.events.map((event) => ({ id: event.id, type: event.type, position: event.position })),
  };
}

/**
 * The cascade below a movement. Movements are public; a plan of an organisation the caller does not
 * reach shows only whose it is and how far it got (what the missing-plans list tells anyway), not
 * its content.
 */
export function planOutlineView(outline: PlanOutline, reaches: (orgId: string) => boolean): unknown {
  return { ...nodeView(outline.node, reaches), children: outline.children.map((child) => planOutlineView(child, reaches)) };
}

function nodeView(node: PlanTreeNode, reaches: (orgId: string) => boolean) {
  if (node.kind === 'movement' || reaches(node.orgId)) return node;
  const { kind, key, dossierId, orgId, status, firstSubmittedAt } = node;
  return { kind, key, dossierId, orgId, status, ...(firstSubmittedAt !== undefined ? { firstSubmittedAt } : {}), restricted: true };
}
