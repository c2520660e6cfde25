import { UserRole } from '@app/domain';
import { Role } from './roles';

/** One role held in one organisation; it reaches that organisation and everything below it. */
export interface Grant {
  orgId: string;
  role: Role;
}

/**
 * Who is calling, from the verified bearer token. `orgId` and `roles` are the organisation the
 * caller acts for and the domain roles held there (what a command records); `grants` lists every
 * role held anywhere, those of `orgId` included. For a request on a given target, the access guard
 * narrows `orgId` and `roles` to the grant that reaches it.
 */
export interface Principal {
  userId: string;
  orgId: string;
  roles: UserRole[];
  grants: readonly Grant[];
  /** `scope: "national"`: the read-only roles (auditor, council member) reach every organisation. */
  national: boolean;
}
