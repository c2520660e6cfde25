/**
 * Who is acting. A person holds one or more roles in one organisation and acts in one of them per
 * command (`role`); workers act as the system. The acting role is recorded on every event (`by`),
 * so history tells in which capacity something was done.
 */
export type UserRole = 'submitter' | 'reviewer' | 'admin';
export type Role = UserRole | 'system';

export interface UserActor {
  userId: string;
  orgId: string;
  roles: readonly UserRole[];
  /** The role this command is issued in; must be one of `roles`. */
  role: UserRole;
}

export interface SystemActor {
  /** Names the worker, e.g. `worker:advance`. */
  userId: string;
  role: 'system';
}

export type Actor = UserActor | SystemActor;

/** Who did it, as recorded in event data. `orgId` is omitted for the system. */
export interface ActedBy {
  userId: string;
  role: Role;
  orgId?: string;
}

/** What every decider receives besides command and state. */
export interface DeciderContext {
  now: Date;
  actor: Actor;
}

export function systemActor(userId: string): SystemActor {
  return { userId, role: 'system' };
}

export function actedBy(actor: Actor): ActedBy {
  return actor.role === 'system'
    ? { userId: actor.userId, role: 'system' }
    : { userId: actor.userId, role: actor.role, orgId: actor.orgId };
}

/** The audit stamp every event carries: who, when, and the comment when one was given. */
export interface Stamp {
  by: ActedBy;
  at: string;
  comment?: string;
}

export function stamp(ctx: DeciderContext, comment?: string): Stamp {
  const base = { by: actedBy(ctx.actor), at: ctx.now.toISOString() };
  return comment !== undefined && comment.trim() !== '' ? { ...base, comment } : base;
}
