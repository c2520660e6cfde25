import { ForbiddenException } from '@nestjs/common';
import { UserActor, UserRole } from '@app/domain';
import { Principal } from './principal';

/**
 * The actor for a command issued in a given role. A caller without that role is refused here,
 * before any event is read; the domain then checks the organisation.
 */
export function actingAs(principal: Principal, role: UserRole): UserActor {
  if (!principal.roles.includes(role)) {
    throw new ForbiddenException(`this action needs the ${role} role; the token holds ${principal.roles.join(', ') || 'none'}`);
  }
  return { userId: principal.userId, orgId: principal.orgId, roles: principal.roles, role };
}
