import { UserRole } from '@app/domain';

/**
 * The roles a token may carry. The first three act in the domain (they issue commands and are
 * recorded on events); the two read-only roles never issue a command, so the domain does not know
 * them.
 */
export const ROLES = ['submitter', 'reviewer', 'council_member', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const DOMAIN_ROLES: readonly UserRole[] = ['submitter', 'reviewer', 'admin'];

/** What a route asks of its caller; each role grants some of these, within the organisations it reaches. */
export type Capability =
  /** See dossiers, histories, inboxes, lists, statistics, deadlines. */
  | 'read'
  /** Create, edit, submit and withdraw its own unit's dossiers. */
  | 'submit'
  /** Approve, return or reject the review step its organisation holds (or was escalated to). */
  | 'review'
  /** Stop and restart a step's clock: the step's reviewer, or an administrator above it. */
  | 'hold'
  /** Organisations, calendar, rule-set migrations, webhooks, parked jobs. */
  | 'administer'
  /** Verify hash chains and seals, export audit bundles. */
  | 'audit'
  /** Launch a movement of its organisation, set its submission windows, close it (a reviewer only for its own organisation). */
  | 'lead'
  /** Nominate for an award, and withdraw the nomination, for those within its reach. */
  | 'nominate'
  /** Enter yearly results and earlier awards, and revoke awards: the council's secretariat or an administrator. */
  | 'record_awards';

export const CAPABILITIES: Readonly<Record<Role, readonly Capability[]>> = {
  submitter: ['read', 'submit', 'nominate'],
  reviewer: ['read', 'review', 'hold', 'nominate', 'record_awards', 'lead'],
  council_member: ['read'],
  auditor: ['read', 'audit'],
  admin: ['read', 'hold', 'administer', 'record_awards', 'lead'],
};

/** Read-only roles a token may widen to the whole country with `scope: "national"`. */
export const NATIONAL_READ_ROLES: readonly Role[] = ['council_member', 'auditor'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isDomainRole(role: Role): role is UserRole {
  return (DOMAIN_ROLES as readonly string[]).includes(role);
}
