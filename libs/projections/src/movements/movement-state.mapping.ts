import { Movement, MovementDefinition } from '@app/domain';
import { MovementRow } from './movement.row';

/** The movement's state as the decider folds it, rebuilt from its row (the row keeps all of it). */
export function movementOfRow(row: MovementRow): Exclude<Movement, { status: 'unlaunched' }> {
  const definition: MovementDefinition = {
    movementId: row.id,
    orgId: row.orgId,
    name: row.name,
    ...(row.ref !== null ? { ref: row.ref } : {}),
    implementsRef: row.implementsRef,
    ...(row.parentMovementId !== null ? { parentMovementId: row.parentMovementId } : {}),
    period: { from: row.periodFrom, to: row.periodTo },
    phases: row.phases,
    contents: row.contents,
    windows: row.windows,
  };
  const facts = { definition, tracks: row.tracks, windowsSetAt: row.windowsSetAt };
  return row.status === 'closed' ? { status: 'closed', closedAt: row.closedAt ?? row.updatedAt, ...facts } : { status: 'launched', ...facts };
}
