import { Pool } from 'pg';
import { Movement, missingPlans, MissingPlan, movementKey, OrgTree, PlanOutline, PlansByOrg, PlanTree, scopedWindows, windowTrackKey, WindowTrack } from '@app/domain';
import { PlanQueries } from '../plans/plan.queries';
import { movementOfRow } from './movement-state.mapping';
import { MovementQueries } from './movement.queries';
import { movementNodeOf, planNodeOf } from './plan-tree-nodes';

/** An organisation without a plan under a window, with what the window's deadline has done about it. */
export interface MissingPlanEntry extends MissingPlan {
  remindedAt?: string;
  /** Organisations told so far, attempt 1 first. */
  escalations: WindowTrack['escalations'];
}

/**
 * The plan tree and the missing plans, computed by the domain's own functions (`PlanTree`,
 * `scopedWindows`, `missingPlans`) over the `movements` and `plans` read models.
 */
export class MovementPlanQueries {
  private readonly movements: MovementQueries;
  private readonly plans: PlanQueries;

  constructor(pool: Pool) {
    this.movements = new MovementQueries(pool);
    this.plans = new PlanQueries(pool);
  }

  /** Every launched or closed movement, as its decider's state. */
  async movementStates(): Promise<Movement[]> {
    return (await this.movements.list()).map(movementOfRow);
  }

  /** The whole cascade: every movement and every plan. */
  async planTree(): Promise<PlanTree> {
    const [movements, plans] = await Promise.all([this.movements.list(), this.plans.all()]);
    return PlanTree.of([...movements.map(movementNodeOf), ...plans.map(planNodeOf)]);
  }

  /** The movement with everything below it (movements adapting it, plans implementing them, plans below those); null when unknown. */
  async outline(movementId: string): Promise<PlanOutline | null> {
    return (await this.planTree()).outline(movementKey(movementId)) ?? null;
  }

  /** Every organisation's implementation plans, oldest first: what `missingPlans` counts. */
  async plansByOrg(): Promise<PlansByOrg> {
    return PlanTree.of((await this.plans.all()).map(planNodeOf)).plansByOrg();
  }

  /**
   * Organisations bound by a window of this movement, or of a movement below it, that have no plan
   * in as of `now` (`overdue` once the window has passed). A plan of the organisation counts
   * wherever it hangs in the tree. Null when the movement is unknown.
   */
  async missingPlans(movementId: string, tree: OrgTree, now: Date): Promise<MissingPlanEntry[] | null> {
    const [states, plans] = await Promise.all([this.movementStates(), this.plansByOrg()]);
    const below = movementsBelow(states, movementId);
    if (below.size === 0) return null;
    const byId = new Map(states.map((state) => [idOf(state), state]));
    return missingPlans(tree, plans, scopedWindows(states), now)
      .filter((missing) => below.has(missing.movementId))
      .map((missing) => {
        const state = byId.get(missing.movementId);
        const track = state && state.status !== 'unlaunched' ? state.tracks[windowTrackKey(missing.windowId, missing.orgId)] : undefined;
        return { ...missing, ...(track?.remindedAt ? { remindedAt: track.remindedAt } : {}), escalations: track?.escalations ?? [] };
      });
  }
}

const idOf = (state: Movement): string => (state.status === 'unlaunched' ? '' : state.definition.movementId);

/** The movement and every movement adapting it, at any depth (empty when the movement is unknown). */
export function movementsBelow(states: readonly Movement[], movementId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const state of states) {
    if (state.status === 'unlaunched' || state.definition.parentMovementId === undefined) continue;
    const parent = state.definition.parentMovementId;
    children.set(parent, [...(children.get(parent) ?? []), state.definition.movementId]);
  }
  const found = new Set<string>();
  if (!states.some((state) => idOf(state) === movementId)) return found;
  const stack = [movementId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}
