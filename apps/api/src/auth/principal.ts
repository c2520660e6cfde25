import { UserRole } from '@app/domain';

/** Who is calling, from the verified bearer token: a user holding roles in one organisation. */
export interface Principal {
  userId: string;
  orgId: string;
  roles: UserRole[];
}
