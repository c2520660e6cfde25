import { Actor, DeciderContext, stamp, UserActor } from '../actors/actor';
import { requireSystem } from '../actors/actor.policy';
import { Decider } from '../decider/decider';
import { InvalidCommand, InvalidPayload, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { OrgTree } from '../organisations/org-tree';
import { instantMs, isIsoInstant } from '../time/iso-instant';
import { windowDueAt } from './movement-calendar';
import { movementDefinitionIssues, windowProblems } from './movement-definition.validate';
import {
  CloseMovement,
  EscalateSubmissionWindow,
  LaunchMovement,
  MovementCommand,
  RemindSubmissionWindow,
  SetSubmissionWindow,
} from './movement.commands';
import { MovementDefinition, SubmissionWindow } from './movement.definition';
import {
  MovementClosed,
  MovementEvent,
  MovementLaunched,
  SubmissionWindowEscalated,
  SubmissionWindowReminderSent,
  SubmissionWindowSet,
} from './movement.events';
import { evolveMovement } from './movement.evolve';
import { initialMovementState, LaunchedMovement, Movement, windowTrackKey } from './movement.state';

/**
 * One stream per movement (`movement-<movementId>`): the national one, and each ministry's,
 * province's or unit's own movement that adapts its parent's contents.
 *
 *   unlaunched ─Launch─► launched ─SetSubmissionWindow─► launched (window added or moved)
 *                        launched ─Remind/EscalateSubmissionWindow (system)─► launched
 *                        launched ─Close─► closed
 *
 * `tree` is the hierarchy now (to check organisations and find who is above a late one);
 * `parent` the parent movement's state when the command launches a movement that names one.
 * The deadline worker sends reminders and escalations only for organisations `missingPlans` lists;
 * the commands return [] when the job is stale (window moved), early, or already done.
 */
export interface MovementContext extends DeciderContext {
  tree: OrgTree;
  parent?: Movement;
}

export function decideMovement(command: MovementCommand, state: Movement, ctx: MovementContext): MovementEvent[] {
  if (state.status === 'unlaunched' && command.type !== 'LaunchMovement') throw new NotFound('movement', command.data.movementId);
  const { type } = command;
  switch (type) {
    case 'LaunchMovement':
      return [launch(command, state, ctx)];
    case 'SetSubmissionWindow':
      return [setWindow(command, state, ctx)];
    case 'RemindSubmissionWindow':
      return remind(command, state, ctx);
    case 'EscalateSubmissionWindow':
      return escalate(command, state, ctx);
    case 'CloseMovement':
      return [close(command, state, ctx)];
    default: {
      const unknown: never = type;
      throw new InvalidCommand('type', `unknown movement command ${String(unknown)}`);
    }
  }
}

function launch(command: LaunchMovement, state: Movement, ctx: MovementContext): MovementLaunched {
  const { comment, phases, windows, ...rest } = command.data;
  requireLeadOf(ctx.actor, rest.orgId);
  if (state.status !== 'unlaunched') throw new InvalidTransition(command.type, state.status, 'already launched');
  const parent = rest.parentMovementId === undefined ? undefined : requireParent(rest.parentMovementId, ctx);
  const definition: MovementDefinition = {
    ...rest,
    phases: phases ?? parent?.phases ?? [],
    contents: (rest.contents ?? []).map((content) => ({ ...content, adapts: [...(content.adapts ?? [])] })),
    windows: windows ?? [],
  };
  const issues = movementDefinitionIssues(definition, ctx.tree, parent);
  if (issues.length > 0) throw new InvalidPayload(issues);
  return { type: 'MovementLaunched', data: { ...plain(definition), ...stamp(ctx, comment) } };
}

function setWindow(command: SetSubmissionWindow, state: Movement, ctx: MovementContext): SubmissionWindowSet {
  const launched = requireLaunched(command, state);
  requireLeadOf(ctx.actor, launched.definition.orgId);
  const { window, comment } = command.data;
  const problems = windowProblems(window, ctx.tree);
  if (problems.length > 0) throw new InvalidPayload(problems.map((p) => ({ path: `window${p.path}`, message: p.message })));
  const { period } = launched.definition;
  if (window.dueOn < period.from || window.dueOn > period.to) {
    throw new InvalidCommand('window.dueOn', 'must fall within the movement period');
  }
  const previous = launched.definition.windows.find((w) => w.windowId === window.windowId);
  if (previous && JSON.stringify(previous) === JSON.stringify(plainWindow(window))) {
    throw new InvalidTransition(command.type, state.status, 'the window is already so');
  }
  const moved = previous ? { previousDueOn: previous.dueOn } : {};
  const { movementId } = launched.definition;
  return { type: 'SubmissionWindowSet', data: { movementId, window: plainWindow(window), ...moved, ...stamp(ctx, comment) } };
}

function remind(command: RemindSubmissionWindow, state: Movement, ctx: MovementContext): SubmissionWindowReminderSent[] {
  requireSystem(ctx.actor);
  const due = openWindow(command, state);
  if (!due) return [];
  const { movementId, windowId, orgId, dueAt } = command.data;
  const track = due.state.tracks[windowTrackKey(windowId, orgId)];
  if (track?.remindedAt !== undefined || (track?.escalations.length ?? 0) > 0 || ctx.now.getTime() >= instantMs(dueAt)) return [];
  return [{ type: 'SubmissionWindowReminderSent', data: { movementId, windowId, orgId, dueAt, ...stamp(ctx) } }];
}

function escalate(command: EscalateSubmissionWindow, state: Movement, ctx: MovementContext): SubmissionWindowEscalated[] {
  requireSystem(ctx.actor);
  const { movementId, windowId, orgId, dueAt, attempt } = command.data;
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new InvalidCommand('attempt', 'must be an integer >= 1');
  const due = openWindow(command, state);
  if (!due || ctx.now.getTime() < instantMs(dueAt)) return [];
  const done = due.state.tracks[windowTrackKey(windowId, orgId)]?.escalations ?? [];
  if (done.length !== attempt - 1) return [];
  const above = ctx.tree.ancestors(orgId).map((node) => node.orgId);
  const toOrgId = above[attempt - 1];
  if (toOrgId === undefined) return [];
  const fromOrgId = attempt === 1 ? orgId : above[attempt - 2];
  const last = above[attempt] === undefined ? { lastInChain: true as const } : {};
  const data = { movementId, windowId, orgId, dueAt, attempt, fromOrgId, toOrgId, ...last, ...stamp(ctx) };
  return [{ type: 'SubmissionWindowEscalated', data }];
}

function close(command: CloseMovement, state: Movement, ctx: MovementContext): MovementClosed {
  const launched = requireLaunched(command, state);
  requireLeadOf(ctx.actor, launched.definition.orgId);
  return { type: 'MovementClosed', data: { movementId: launched.definition.movementId, ...stamp(ctx, command.data.comment) } };
}

/** The window named by a worker command, when it is still the one the job was scheduled for. */
function openWindow(command: RemindSubmissionWindow | EscalateSubmissionWindow, state: Movement): { state: LaunchedMovement } | undefined {
  if (!isIsoInstant(command.data.dueAt)) throw new InvalidCommand('dueAt', 'must be an ISO instant');
  if (state.status !== 'launched') return undefined;
  const window = state.definition.windows.find((w) => w.windowId === command.data.windowId);
  return window && windowDueAt(window) === command.data.dueAt ? { state } : undefined;
}

function requireLaunched(command: MovementCommand, state: Movement): LaunchedMovement {
  if (state.status !== 'launched') throw new InvalidTransition(command.type, state.status);
  return state;
}

function requireParent(parentMovementId: string, ctx: MovementContext): MovementDefinition {
  const parent = ctx.parent;
  if (!parent || parent.status === 'unlaunched' || parent.definition.movementId !== parentMovementId) {
    throw new NotFound('movement', parentMovementId);
  }
  return parent.definition;
}

/** An administrator, or a reviewer of the launching organisation, acting in a role they hold. */
export function requireLeadOf(actor: Actor, orgId: string): UserActor {
  if (actor.role === 'system') throw new NotAllowed('requires_admin', 'acting as system');
  if (!actor.roles.includes(actor.role)) throw new NotAllowed('role_not_held', `${actor.userId} does not hold ${actor.role}`);
  if (actor.role === 'admin') return actor;
  if (actor.role !== 'reviewer') throw new NotAllowed('requires_reviewer', `acting as ${actor.role}`);
  if (actor.orgId !== orgId) throw new NotAllowed('not_reviewer_org', `${actor.orgId} is not ${orgId}`);
  return actor;
}

/** Only the known keys, in a fixed order, optional ones omitted: the event is JSON-plain. */
function plain(d: MovementDefinition): MovementDefinition {
  return {
    movementId: d.movementId,
    orgId: d.orgId,
    name: d.name.trim(),
    ...(d.ref !== undefined ? { ref: d.ref.trim() } : {}),
    implementsRef: d.implementsRef.trim(),
    ...(d.parentMovementId !== undefined ? { parentMovementId: d.parentMovementId } : {}),
    period: { from: d.period.from, to: d.period.to },
    phases: d.phases.map(({ number, firstYear, lastYear, summary, summaryYear }) => ({
      number,
      firstYear,
      lastYear,
      summary,
      summaryYear,
    })),
    contents: d.contents.map(({ number, title, adapts }) => ({ number, title: title.trim(), adapts })),
    windows: d.windows.map(plainWindow),
  };
}

export function plainWindow(w: SubmissionWindow): SubmissionWindow {
  const appliesTo = 'levels' in w.appliesTo ? { levels: [...w.appliesTo.levels] } : { orgIds: [...w.appliesTo.orgIds] };
  return { windowId: w.windowId, kind: w.kind, appliesTo, dueOn: w.dueOn };
}

export const movementDecider: Decider<Movement, MovementCommand, MovementEvent, MovementContext> = {
  initialState: initialMovementState,
  decide: decideMovement,
  evolve: evolveMovement,
};
