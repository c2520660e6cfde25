import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OrgTreeReader } from '@app/workflow';
import { AuthenticatedRequest } from '../auth/bearer-auth.guard';
import { Grant, Principal } from '../auth/principal';
import { IS_PUBLIC } from '../auth/public.decorator';
import { CAPABILITIES, Capability, ROLES } from '../auth/roles';
import { domainRolesAt } from '../auth/token-claims';
import { AccessContext, AccessRequest } from './access-context';
import { AccessTargets } from './access-targets';
import { AccessTarget, decideAccess } from './org-reach';
import { policyOf } from './route-policies';

/**
 * Runs after authentication on every route: the route's policy (route-policies.ts) names the
 * capability it needs and what it acts on; the caller must hold that capability through a role
 * whose organisation reaches the target. A refusal here happens before any command is decided,
 * so nothing is appended; the error filter logs and counts it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(
    private readonly reflector: Reflector,
    private readonly targets: AccessTargets,
    private readonly orgTree: OrgTreeReader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const policy = policyOf(context.getClass(), context.getHandler().name);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access policy; add it to route-policies.ts`);
      throw refusal('no_access_policy', 'this route has no access policy yet, so it is closed');
    }
    if (policy.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & AccessRequest>();
    const caller = request.principal;
    const tree = await this.orgTree.current();
    const { targets, orgId } = await this.targets.resolve(policy.target, request, caller);
    let acting: Grant | undefined;
    for (const target of targets) {
      const decision = decideAccess(caller, tree, policy.need, target);
      if (!decision.allowed) {
        throw decision.reason === 'role_not_held'
          ? refusal('role_not_held', `this action needs the ${rolesWith(policy.need)} role; the token holds ${held(caller)}`)
          : refusal('out_of_scope', `${describe(target)} is outside the organisations your roles reach`);
      }
      acting ??= decision.grant;
    }
    request.access = new AccessContext(policy, caller, tree, orgId);
    if (acting) request.principal = actingThrough(caller, acting);
    return true;
  }
}

/** The caller as it acts through one grant: that organisation, and the domain roles held there. */
function actingThrough(caller: Principal, grant: Grant): Principal {
  return { ...caller, orgId: grant.orgId, roles: domainRolesAt(caller.grants, grant.orgId) };
}

function refusal(reason: string, message: string): ForbiddenException {
  return new ForbiddenException({ message, details: { code: 'not_allowed', reason } });
}

function rolesWith(capability: Capability): string {
  return ROLES.filter((role) => CAPABILITIES[role].includes(capability)).join(' or ');
}

function held(caller: Principal): string {
  return caller.grants.map((grant) => `${grant.role}@${grant.orgId}`).join(', ') || 'no role';
}

function describe(target: AccessTarget): string {
  switch (target.kind) {
    case 'org':
      return target.strictlyBelow ? `organisation ${target.orgId} (administrators act only below their own)` : `organisation ${target.orgId}`;
    case 'dossier':
      return `this dossier (of ${target.facts.ownerOrgId})`;
    case 'national':
      return 'the whole country';
    default:
      return 'this';
  }
}
