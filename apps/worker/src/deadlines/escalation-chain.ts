import { Dossier, OrgTree } from '@app/domain';

/**
 * The organisations above the open step's reviewer in the hierarchy as it is now, parent first:
 * where an escalation goes once the recorded route above the step is exhausted. Empty when the
 * job's step is no longer the open one (the decider then decides nothing) or the reviewer is not
 * in the tree.
 */
export async function escalationChain(state: Dossier, job: { round: number; step: number }, tree: () => Promise<OrgTree>): Promise<string[]> {
  if (state.status !== 'in_review' || state.review.round !== job.round || state.step !== job.step) return [];
  const reviewerOrgId = state.review.route[state.step].orgId;
  return (await tree()).ancestors(reviewerOrgId).map((org) => org.orgId);
}
