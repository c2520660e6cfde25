import { MissingPlan, missingPlans, Movement, OrgTree, scopedWindows } from '@app/domain';
import { EventStore } from '@app/event-store';
import { MovementPlanQueries } from '@app/projections/movements/movement-plans.queries';
import { loadMovement } from '@app/workflow/commands/movement-command-runner';
import { mapWithConcurrency } from '../deadlines/with-concurrency';

export interface WindowFactsDeps {
  store: EventStore;
  /** The `movements` and `plans` read models. */
  queries: Pick<MovementPlanQueries, 'movementStates' | 'plansByOrg'>;
  /** The hierarchy as recorded now (OrgTreeReader). */
  orgTree: { current(): Promise<OrgTree> };
}

/** What window deadlines are decided from, as of one moment. */
export interface WindowSituation {
  tree: OrgTree;
  movements: Movement[];
  /** Every organisation a window binds that has no plan in (`missingPlans`). */
  missing: MissingPlan[];
}

/**
 * The organisations still without a plan under the window that binds them. Movements and plans come
 * from the read models; the movements named in `fresh` are read from their own streams instead,
 * so a movement just launched or changed (the dispatcher schedules right after its event, before
 * the read model may have it) is judged as it truly stands.
 */
export class WindowFacts {
  constructor(private readonly deps: WindowFactsDeps) {}

  async at(now: Date, fresh: readonly string[] = []): Promise<WindowSituation> {
    const [tree, projected, plans, streams] = await Promise.all([
      this.deps.orgTree.current(),
      this.deps.queries.movementStates(),
      this.deps.queries.plansByOrg(),
      mapWithConcurrency([...new Set(fresh)], 4, (movementId) => loadMovement(this.deps.store, movementId)),
    ]);
    const byId = new Map<string, Movement>();
    for (const state of [...projected, ...streams]) if (state.status !== 'unlaunched') byId.set(state.definition.movementId, state);
    const movements = [...byId.values()];
    return { tree, movements, missing: missingPlans(tree, plans, scopedWindows(movements), now) };
  }
}
