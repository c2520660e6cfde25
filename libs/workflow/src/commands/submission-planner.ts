import { authorityPolicyFromTable, computeRoute, Dossier, InvalidTransition, NotFound, SubmitDossier } from '@app/domain';
import { RuleBook } from '../deadlines/rule-book';
import { OrgTreeReader } from '../organisations/org-tree-reader';

/**
 * What a submission needs besides the dossier itself, computed at the moment of submission and
 * then recorded in its events: the route from the hierarchy as it is now, the rule-set version in
 * force now, and the first step's due date under that version.
 */
export async function planSubmission(
  state: Dossier,
  deps: { rules: RuleBook; orgTree: OrgTreeReader },
  now: Date,
  comment?: string,
): Promise<SubmitDossier> {
  if (state.status === 'empty') throw new NotFound('dossier', '');
  if (state.status !== 'draft' && state.status !== 'returned') throw new InvalidTransition('SubmitDossier', state.status);
  // A resubmission keeps the rule set the dossier started under; only a first submission takes
  // the one in force now.
  const ruleSet = state.status === 'returned' ? deps.rules.version(state.review.ruleSetVersion) : deps.rules.inForce(now);
  const authority = authorityPolicyFromTable(ruleSet.authority)(state.content);
  const route = computeRoute(await deps.orgTree.current(), state.orgId, authority);
  const firstDueAt = deps.rules.dueAt(ruleSet.version, state.content.kind, route[0].level, now);
  return {
    type: 'SubmitDossier',
    data: {
      dossierId: state.dossierId,
      route,
      firstDueAt: firstDueAt.toISOString(),
      ruleSetVersion: ruleSet.version,
      ...(comment ? { comment } : {}),
    },
  };
}
