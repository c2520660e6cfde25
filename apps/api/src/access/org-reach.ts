import { OrgTree } from '@app/domain';
import { Grant, Principal } from '../auth/principal';
import { CAPABILITIES, Capability, NATIONAL_READ_ROLES } from '../auth/roles';

/**
 * What a request is about, in terms of organisations:
 * - `anywhere`: nothing in particular (the calendar, the hierarchy): the capability held anywhere;
 * - `national`: the whole country (calendar days, parked jobs): held at the top of the hierarchy;
 * - `org`: one organisation; `strictlyBelow` when an administrator may not act on its own
 *   organisation (moving or retiring it would take it out of its own reach);
 * - `dossier`: a dossier, reached through its owner or an organisation on its route.
 */
export type AccessTarget =
  | { kind: 'anywhere' }
  | { kind: 'national' }
  | { kind: 'org'; orgId: string; strictlyBelow?: boolean }
  | { kind: 'dossier'; facts: DossierFacts };

export interface DossierFacts {
  ownerOrgId: string;
  /** Organisations the open step was escalated to (latest first), then those on the recorded route: they act on it. */
  actingOrgIds: readonly string[];
  /** The organisation expected to act now (the open step's reviewer), preferred when choosing a grant. */
  currentOrgId?: string;
}

/** True when a grant held in `grantOrgId` covers `orgId`: the same organisation or one below it. */
export function reaches(tree: OrgTree, grantOrgId: string, orgId: string): boolean {
  return grantOrgId === orgId || tree.isDescendant(orgId, grantOrgId);
}

/** The roots of the hierarchy (the Central Council): a grant there reaches every organisation. */
export function isTop(tree: OrgTree, orgId: string): boolean {
  const node = tree.get(orgId);
  return node !== undefined && node.parentId === null;
}

export function grantsWith(principal: Principal, capability: Capability): Grant[] {
  return principal.grants.filter((grant) => CAPABILITIES[grant.role].includes(capability));
}

/** A read-only role the token widened to the whole country. */
function isNationalReader(principal: Principal, grant: Grant, capability: Capability): boolean {
  return principal.national && capability === 'read' && NATIONAL_READ_ROLES.includes(grant.role);
}

export type AccessDecision = { allowed: true; grant: Grant } | { allowed: false; reason: 'role_not_held' | 'out_of_scope' };

/**
 * Whether the caller may use `capability` on `target`, and through which grant: the one that
 * names the target's own organisation (for a dossier: the open step's, then those on its route,
 * then its owner) first, then the closest one above it, so a command records the organisation the
 * caller actually acts for. With no particular target, the caller's own organisation comes first.
 */
export function decideAccess(principal: Principal, tree: OrgTree, capability: Capability, target: AccessTarget): AccessDecision {
  const grants = grantsWith(principal, capability);
  if (grants.length === 0) return { allowed: false, reason: 'role_not_held' };
  const fitting = grants.filter((grant) => covers(principal, tree, capability, grant, target));
  if (fitting.length === 0) return { allowed: false, reason: 'out_of_scope' };
  const preferred = preferredOrgIds(principal, target);
  const rank = (grant: Grant) => {
    const index = preferred.indexOf(grant.orgId);
    return index === -1 ? preferred.length + depthRank(tree, grant.orgId) : index;
  };
  return { allowed: true, grant: [...fitting].sort((a, b) => rank(a) - rank(b))[0] };
}

function covers(principal: Principal, tree: OrgTree, capability: Capability, grant: Grant, target: AccessTarget): boolean {
  const national = isNationalReader(principal, grant, capability) || isTop(tree, grant.orgId);
  switch (target.kind) {
    case 'anywhere':
      return true;
    case 'national':
      return national;
    case 'org':
      if (target.strictlyBelow) return tree.isDescendant(target.orgId, grant.orgId);
      return national || reaches(tree, grant.orgId, target.orgId);
    case 'dossier':
      return national || reaches(tree, grant.orgId, target.facts.ownerOrgId) || target.facts.actingOrgIds.includes(grant.orgId);
    default:
      return target satisfies never;
  }
}

function preferredOrgIds(principal: Principal, target: AccessTarget): string[] {
  switch (target.kind) {
    case 'org':
      return [target.orgId];
    case 'dossier': {
      const { currentOrgId, actingOrgIds, ownerOrgId } = target.facts;
      return [...(currentOrgId ? [currentOrgId] : []), ...actingOrgIds, ownerOrgId];
    }
    default:
      return [principal.orgId];
  }
}

/** Deeper organisations first: the grant closest to the target names who acts most precisely. */
function depthRank(tree: OrgTree, orgId: string): number {
  return 1000 - tree.ancestors(orgId).length;
}

/**
 * Which organisations the caller may read, for filtering lists: `national` when every one, else a
 * test for one organisation id.
 */
export function readReach(principal: Principal, tree: OrgTree): { national: true } | { national: false; covers: (orgId: string | null | undefined) => boolean } {
  const grants = grantsWith(principal, 'read');
  if (grants.some((grant) => isNationalReader(principal, grant, 'read') || isTop(tree, grant.orgId))) return { national: true };
  return {
    national: false,
    covers: (orgId) => typeof orgId === 'string' && grants.some((grant) => reaches(tree, grant.orgId, orgId)),
  };
}
