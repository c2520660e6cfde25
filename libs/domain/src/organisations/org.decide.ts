import { DeciderContext, stamp } from '../actors/actor';
import { requireRole } from '../actors/actor.policy';
import { Decider } from '../decider/decider';
import { InvalidCommand, InvalidTransition, NotFound } from '../errors/domain.errors';
import { isOrgLevel, maySitUnder, OrgLevel } from './org-level';
import { OrgTree } from './org-tree';
import { MoveOrg, OrgCommand, RegisterOrg, RenameOrg, RetireOrg } from './org.commands';
import { HierarchyViolation } from './org.errors';
import { OrgEvent, OrgMoved, OrgRegistered, OrgRenamed, OrgRetired } from './org.events';
import { evolveOrg } from './org.evolve';
import { ActiveOrg, initialOrgState, OrgUnit } from './org.state';

/**
 * One stream per organisation. Invariants about relations (a parent exists and is active, no
 * cycle, no active children left behind) need the whole hierarchy, so the context carries the
 * current `OrgTree`. Two concurrent moves could each pass against the same tree; the application
 * layer serialises hierarchy changes (they are rare administrative acts).
 */
export interface OrgContext extends DeciderContext {
  tree: OrgTree;
}

export function decideOrg(command: OrgCommand, state: OrgUnit, ctx: OrgContext): OrgEvent[] {
  requireRole(ctx.actor, 'admin');
  const { type } = command;
  switch (type) {
    case 'RegisterOrg':
      return [register(command, state, ctx)];
    case 'RenameOrg':
      return [rename(command, state, ctx)];
    case 'MoveOrg':
      return [move(command, state, ctx)];
    case 'RetireOrg':
      return [retire(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown org command ${String(unknown)}`);
    }
  }
}

function register(command: RegisterOrg, state: OrgUnit, ctx: OrgContext): OrgRegistered {
  const { orgId, level, parentId, comment } = command.data;
  if (state.status !== 'unregistered' || ctx.tree.get(orgId)) {
    throw new InvalidTransition(command.type, state.status === 'unregistered' ? 'active' : state.status, 'already registered');
  }
  const name = requireName(command.data.name);
  if (!isOrgLevel(level)) throw new InvalidCommand('level', `unknown level ${String(level)}`);
  if (level === 'central_council') {
    if (parentId !== undefined) throw new HierarchyViolation('central_council_has_no_parent');
    if (ctx.tree.centralCouncil()) throw new HierarchyViolation('central_council_exists');
    return { type: 'OrgRegistered', data: { orgId, name, level, ...stamp(ctx, comment) } };
  }
  if (parentId === undefined) throw new HierarchyViolation('parent_required', `a ${level} needs a parent`);
  requireParent(ctx.tree, level, parentId);
  return { type: 'OrgRegistered', data: { orgId, name, level, parentId, ...stamp(ctx, comment) } };
}

function rename(command: RenameOrg, state: OrgUnit, ctx: OrgContext): OrgRenamed {
  const org = requireActive(command, state);
  const name = requireName(command.data.name);
  if (name === org.name) throw new InvalidCommand('name', 'unchanged');
  return { type: 'OrgRenamed', data: { orgId: org.orgId, name, previousName: org.name, ...stamp(ctx, command.data.comment) } };
}

function move(command: MoveOrg, state: OrgUnit, ctx: OrgContext): OrgMoved {
  const org = requireActive(command, state);
  const { newParentId, comment } = command.data;
  if (org.parentId === null) throw new HierarchyViolation('central_council_cannot_move');
  if (newParentId === org.orgId) throw new HierarchyViolation('cannot_move_under_itself');
  if (newParentId === org.parentId) throw new HierarchyViolation('already_under_parent', newParentId);
  if (ctx.tree.isDescendant(newParentId, org.orgId)) {
    throw new HierarchyViolation('cannot_move_under_descendant', `${newParentId} sits below ${org.orgId}`);
  }
  requireParent(ctx.tree, org.level, newParentId);
  return {
    type: 'OrgMoved',
    data: { orgId: org.orgId, fromParentId: org.parentId, toParentId: newParentId, ...stamp(ctx, comment) },
  };
}

function retire(command: RetireOrg, state: OrgUnit, ctx: OrgContext): OrgRetired {
  const org = requireActive(command, state);
  if (org.parentId === null) throw new HierarchyViolation('central_council_cannot_retire');
  const children = ctx.tree.children(org.orgId);
  if (children.length > 0) {
    throw new HierarchyViolation('has_active_children', children.map((child) => child.orgId).join(', '));
  }
  return { type: 'OrgRetired', data: { orgId: org.orgId, ...stamp(ctx, command.data.comment) } };
}

function requireActive(command: OrgCommand, state: OrgUnit): ActiveOrg {
  if (state.status === 'unregistered') throw new NotFound('organisation', command.data.orgId);
  if (state.status === 'retired') throw new InvalidTransition(command.type, state.status);
  return state;
}

function requireName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new InvalidCommand('name', 'must not be empty');
  return name.trim();
}

function requireParent(tree: OrgTree, level: OrgLevel, parentId: string): void {
  const parent = tree.get(parentId);
  if (!parent) throw new HierarchyViolation('parent_unknown', parentId);
  if (parent.status !== 'active') throw new HierarchyViolation('parent_retired', parentId);
  if (!maySitUnder(level, parent.level)) {
    throw new HierarchyViolation('level_not_allowed_under_parent', `a ${level} cannot sit under a ${parent.level}`);
  }
}

export const orgUnitDecider: Decider<OrgUnit, OrgCommand, OrgEvent, OrgContext> = {
  initialState: initialOrgState,
  decide: decideOrg,
  evolve: evolveOrg,
};
