import { NotAllowed, NotAllowedReason } from '../errors/domain.errors';
import { Actor, SystemActor, UserActor, UserRole } from './actor';

const REQUIRES: Record<UserRole, NotAllowedReason> = {
  submitter: 'requires_submitter',
  reviewer: 'requires_reviewer',
  admin: 'requires_admin',
};

/** The actor acts as a person in `role` and actually holds that role. */
export function requireRole(actor: Actor, role: UserRole): UserActor {
  if (actor.role !== role) throw new NotAllowed(REQUIRES[role], `acting as ${actor.role}`);
  if (!actor.roles.includes(role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${role}`);
  return actor;
}

export function requireSystem(actor: Actor): SystemActor {
  if (actor.role !== 'system') throw new NotAllowed('requires_system', `acting as ${actor.role}`);
  return actor;
}

/** A submitter of the given organisation (the dossier's own unit). */
export function requireSubmitterOf(actor: Actor, orgId: string): UserActor {
  const user = requireRole(actor, 'submitter');
  if (user.orgId !== orgId) throw new NotAllowed('not_owner_org', `${user.orgId} is not ${orgId}`);
  return user;
}

/** A reviewer of the given organisation (the one at the current review step). */
export function requireReviewerOf(actor: Actor, orgId: string): UserActor {
  const user = requireRole(actor, 'reviewer');
  if (user.orgId !== orgId) throw new NotAllowed('not_reviewer_org', `${user.orgId} is not ${orgId}`);
  return user;
}
