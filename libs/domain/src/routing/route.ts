import { isOrgLevel, OrgLevel } from '../organisations/org-level';
import { OrgTree } from '../organisations/org-tree';
import { AuthorityLevels } from '../rules/rule-set';
import { holdsAuthority } from './authority-policy';
import { NoRoute } from './route.errors';

/** One review step: the organisation that reviews and its level when the route was computed. */
export interface RouteStep {
  orgId: string;
  level: OrgLevel;
}

/**
 * The review chain for a dossier: from the submitter's parent upward, ending at the nearest
 * ancestor at one of the `authority` levels. Computed by the application layer from the hierarchy at the
 * moment of submission (`OrgTree.asOf` for any other moment) and recorded in `DossierSubmitted`,
 * so later changes to the hierarchy never rewrite a dossier's history.
 */
export function computeRoute(tree: OrgTree, submitterOrgId: string, authority: AuthorityLevels): RouteStep[] {
  const submitter = tree.get(submitterOrgId);
  if (!submitter) throw new NoRoute('unknown_org', submitterOrgId);
  if (submitter.status !== 'active') throw new NoRoute('retired_org', submitterOrgId);
  const route: RouteStep[] = [];
  for (const ancestor of tree.ancestors(submitterOrgId)) {
    if (ancestor.status !== 'active') throw new NoRoute('retired_org', ancestor.orgId);
    route.push({ orgId: ancestor.orgId, level: ancestor.level });
    if (holdsAuthority(ancestor.level, authority)) return route;
  }
  const levels = authority.join(' or ') || 'an authority level';
  throw new NoRoute('no_authority_above', `nothing above ${submitterOrgId} is at ${levels}`);
}

export type RouteProblem =
  | 'empty'
  | 'malformed_step'
  | 'duplicate_org'
  | 'includes_owner_org'
  | 'does_not_reach_authority'
  | 'passes_authority';

/**
 * What can be checked of a route without the hierarchy: it is well formed, visits each
 * organisation once, never the owner itself, and stops exactly at the first step holding authority.
 */
export function routeProblem(route: readonly RouteStep[], ownerOrgId: string, authority: AuthorityLevels): RouteProblem | null {
  if (!Array.isArray(route) || route.length === 0) return 'empty';
  if (!route.every((step) => typeof step?.orgId === 'string' && step.orgId !== '' && isOrgLevel(step.level))) {
    return 'malformed_step';
  }
  const ids = route.map((step) => step.orgId);
  if (new Set(ids).size !== ids.length) return 'duplicate_org';
  if (ids.includes(ownerOrgId)) return 'includes_owner_org';
  const firstHolder = route.findIndex((step) => holdsAuthority(step.level, authority));
  if (firstHolder === -1) return 'does_not_reach_authority';
  if (firstHolder !== route.length - 1) return 'passes_authority';
  return null;
}
