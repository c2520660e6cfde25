import { UserRole } from '@app/domain';
import { ORG_ID } from '../common/identifiers';
import { Grant, Principal } from './principal';
import { isDomainRole, isRole, Role } from './roles';

export class InvalidToken extends Error {}

/** Enough for any real assignment; a token is sent on every request, so it stays small. */
const MAX_ROLES = 10;
const MAX_GRANTS = 50;
const MAX_SUBJECT_LENGTH = 255;

/**
 * The claims this API reads from a verified token:
 * - `sub`: the user; `org`: the organisation the user belongs to;
 * - `roles`: roles held in `org`;
 * - `grants` (optional): further roles held in other organisations, `[{ "org": "…", "role": "…" }]`;
 * - `scope` (optional): `"national"` widens the read-only roles (auditor, council member) to every organisation.
 * Anything malformed refuses the whole token: a role that cannot be read is never guessed at.
 */
export function principalFromClaims(payload: Record<string, unknown>): Principal {
  const { sub, org, roles = [], grants = [], scope } = payload;
  if (typeof sub !== 'string' || sub === '' || sub.length > MAX_SUBJECT_LENGTH) throw new InvalidToken('the token names no user (sub)');
  if (typeof org !== 'string' || !ORG_ID.test(org)) throw new InvalidToken('the token names no organisation (org)');
  if (!Array.isArray(roles) || roles.length > MAX_ROLES || !roles.every(isRole)) throw new InvalidToken('the token holds an unknown role');
  if (!Array.isArray(grants) || grants.length > MAX_GRANTS || !grants.every(isGrantClaim)) {
    throw new InvalidToken('the token has malformed grants: each must be { "org": "<organisation id>", "role": "<role>" }');
  }
  if (scope !== undefined && scope !== 'national') throw new InvalidToken('the token has an unknown scope; only "national" is known');
  const all = dedupe([...roles.map((role) => ({ orgId: org, role })), ...grants.map((grant) => ({ orgId: grant.org, role: grant.role }))]);
  return {
    userId: sub,
    orgId: org,
    roles: domainRolesAt(all, org),
    grants: all,
    national: scope === 'national',
  };
}

/** The domain roles held in one organisation: what a command issued there may act as. */
export function domainRolesAt(grants: readonly Grant[], orgId: string): UserRole[] {
  return grants.filter((grant) => grant.orgId === orgId).map((grant) => grant.role).filter(isDomainRole);
}

function isGrantClaim(value: unknown): value is { org: string; role: Role } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { org, role } = value as Record<string, unknown>;
  return typeof org === 'string' && ORG_ID.test(org) && isRole(role);
}

function dedupe(grants: Grant[]): Grant[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const key = `${grant.orgId}\n${grant.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
