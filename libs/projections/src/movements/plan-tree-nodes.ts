import { MovementNode, movementKey, PlanNode, planKey } from '@app/domain';
import { PlanRow } from '../plans/plan.row';
import { MovementRow } from './movement.row';

/** A movement row as the plan tree's node: what a fold of its events would give. */
export function movementNodeOf(row: MovementRow): MovementNode {
  return {
    kind: 'movement',
    key: movementKey(row.id),
    movementId: row.id,
    orgId: row.orgId,
    name: row.name,
    ...(row.ref !== null ? { ref: row.ref } : {}),
    implementsRef: row.implementsRef,
    ...(row.parentMovementId !== null ? { parentMovementId: row.parentMovementId } : {}),
    contents: row.contents,
    status: row.status,
  };
}

/** A plan row as the plan tree's node (criteria counted, links only when the plan names them). */
export function planNodeOf(row: PlanRow): PlanNode {
  return {
    kind: 'plan',
    key: planKey(row.id),
    dossierId: row.id,
    orgId: row.orgId,
    title: row.title,
    ...(row.ref !== null ? { ref: row.ref } : {}),
    implementsRef: row.implementsRef,
    ...(row.movementId !== null ? { movementId: row.movementId } : {}),
    ...(row.parentPlanRef !== null ? { parentPlanRef: row.parentPlanRef } : {}),
    contents: row.contents,
    criteria: row.criteria.length,
    status: row.status,
    ...(row.firstSubmittedAt !== null ? { firstSubmittedAt: row.firstSubmittedAt } : {}),
  };
}
