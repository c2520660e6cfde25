import { UserActor, UserRole } from '@app/domain';

/** The person who acts for an organisation in one role: one per organisation and role, named after both. */
export function demoActor(orgId: string, role: UserRole): UserActor {
  return { userId: `${role}@${orgId}`, orgId, roles: [role], role };
}

export const submitterOf = (orgId: string): UserActor => demoActor(orgId, 'submitter');
export const reviewerOf = (orgId: string): UserActor => demoActor(orgId, 'reviewer');
export const adminOf = (orgId: string): UserActor => demoActor(orgId, 'admin');
