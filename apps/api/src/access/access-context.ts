import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { OrgTree } from '@app/domain';
import { Principal } from '../auth/principal';
import { RoutePolicy } from './access-policy';
import { readReach } from './org-reach';

/**
 * What the access guard learned about a request, for the handler and the results filter: the
 * caller as the token names it (before the guard narrowed it to one grant), the organisation the
 * request is about, and which organisations the caller may read.
 */
export class AccessContext {
  private readonly reach: ReturnType<typeof readReach>;

  constructor(
    readonly policy: RoutePolicy,
    readonly caller: Principal,
    private readonly tree: OrgTree,
    /** Named by the request, or the caller's own organisation when the route defaults to it. */
    readonly targetOrgId: string | undefined,
  ) {
    this.reach = readReach(caller, tree);
  }

  /** True when the caller may read everything (a grant at the top, or a national read-only role). */
  get national(): boolean {
    return this.reach.national;
  }

  covers(orgId: string | null | undefined): boolean {
    return this.reach.national || this.reach.covers(orgId);
  }

  /** The organisations the caller may read, for a query's `= ANY($n)` filter; null when every one. */
  readableOrgIds(): string[] | null {
    if (this.reach.national) return null;
    return this.tree.all().filter((node) => this.covers(node.orgId)).map((node) => node.orgId);
  }

  /** For a view filtered by one organisation when the caller names none: everything when national, else its own. */
  defaultOrgId(): string | undefined {
    return this.national ? undefined : this.caller.orgId;
  }
}

export type AccessRequest = Request & { access?: AccessContext };

/** The request's access context, for handlers that scope what they read. */
export const Access = createParamDecorator((_: unknown, context: ExecutionContext): AccessContext => {
  const access = context.switchToHttp().getRequest<AccessRequest>().access;
  if (!access) throw new Error('the access guard did not run for this route');
  return access;
});
