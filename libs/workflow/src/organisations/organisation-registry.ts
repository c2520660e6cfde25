import { Decider, DeciderContext, fold, OrgCommand, OrgEvent, orgUnitDecider, OrgTree } from '@app/domain';

/**
 * All organisations live in one stream. Hierarchy changes are rare administrative acts, and
 * keeping them in one stream serialises them through its expected revision: two concurrent moves
 * can never together form a cycle, and the tree at any past moment is one stream folded up to it.
 */
export const ORGANISATION_REGISTRY_STREAM = 'orgtree-national';

export interface RegistryState {
  events: readonly OrgEvent[];
}

export const organisationRegistry: Decider<RegistryState, OrgCommand, OrgEvent, DeciderContext> = {
  initialState: () => ({ events: [] }),
  evolve: (state, event) => ({ events: [...state.events, event] }),
  decide: (command, state, ctx) => {
    const unit = fold(orgUnitDecider, state.events.filter((event) => event.data.orgId === command.data.orgId));
    return orgUnitDecider.decide(command, unit, { ...ctx, tree: OrgTree.fromEvents(state.events) });
  },
};
