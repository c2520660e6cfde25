import { PayloadIssue } from '../errors/domain.errors';
import { ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { Movement } from './movement.state';

/**
 * What a plan naming a movement (`movementId`) must agree with: the movement exists and is still
 * running, and every content maps only onto contents the movement has. The payload's own shape is
 * checked by `validateImplementationPlan`; this needs the movement's state, so the command side
 * runs it with the movement read from its stream. A plan naming no movement has nothing to agree with.
 */
export function planMovementIssues(
  payload: Pick<ImplementationPlanPayload, 'movementId' | 'contents'>,
  movement: Movement | undefined,
): PayloadIssue[] {
  const { movementId } = payload;
  if (movementId === undefined) {
    const mapped = payload.contents.findIndex((content) => content.movementContents !== undefined);
    return mapped < 0 ? [] : [{ path: `contents.${mapped}.movementContents`, message: 'maps onto a movement: name it in movementId' }];
  }
  if (!movement || movement.status === 'unlaunched') return [{ path: 'movementId', message: `no movement ${movementId}` }];
  if (movement.status === 'closed') return [{ path: 'movementId', message: `movement ${movementId} is closed` }];
  const known = new Set(movement.definition.contents.map((content) => content.number));
  const issues: PayloadIssue[] = [];
  payload.contents.forEach((content, i) => {
    const unknown = (content.movementContents ?? []).filter((number) => !known.has(number));
    if (unknown.length > 0) {
      issues.push({ path: `contents.${i}.movementContents`, message: `movement ${movementId} has no content ${unknown.join(', ')}` });
    }
  });
  return issues;
}
