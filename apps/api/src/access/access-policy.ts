import { Type } from '@nestjs/common';
import { Capability } from '../auth/roles';

/** Where a request names an organisation, and what to use when it names none. */
export interface OrgSource {
  from: 'param' | 'query' | 'body';
  name: string;
  /** `home`: the caller's own organisation; `anywhere`: no organisation in particular; or another place to look. */
  whenAbsent?: 'home' | 'anywhere' | OrgSource;
}

/** What a route acts on, as the access guard finds it in the request. */
export type TargetSpec =
  | { kind: 'anywhere' }
  | { kind: 'national' }
  | { kind: 'org'; source: OrgSource; strictlyBelow?: boolean }
  | { kind: 'dossier'; param: string }
  | { kind: 'webhook'; param: string }
  /** An award nomination: reached through the nominee's organisation (or the nominating one). */
  | { kind: 'nomination'; param: string }
  /** A movement: reached through its launching organisation. */
  | { kind: 'movement'; param: string }
  | { kind: 'all'; of: TargetSpec[] };

/**
 * How a list's rows are cut down to the organisations the caller reaches, for lists whose query
 * cannot yet take the caller's subtree: `dossier-page` for `{ items: DossierRow[] }`,
 * `org-rows` for arrays of rows with an `orgId` (at the top or one level down).
 */
export type ResultScope = 'dossier-page' | 'org-rows';

export type RoutePolicy =
  | { public: true }
  | { public?: false; need: Capability; target: TargetSpec; results?: ResultScope };

/** Every public method of a controller: a handler left out of its policy table does not compile. */
export type HandlerPolicies<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: RoutePolicy };

export interface ControllerPolicies {
  controller: Type;
  handlers: Record<string, RoutePolicy>;
}

export function controllerPolicies<T>(controller: Type<T>, handlers: HandlerPolicies<T>): ControllerPolicies {
  return { controller, handlers: handlers as Record<string, RoutePolicy> };
}

export const PUBLIC: RoutePolicy = { public: true };
export const ANYWHERE: TargetSpec = { kind: 'anywhere' };
export const NATIONAL: TargetSpec = { kind: 'national' };

export const param = (name: string, whenAbsent?: OrgSource['whenAbsent']): OrgSource => ({ from: 'param', name, whenAbsent });
export const query = (name: string, whenAbsent?: OrgSource['whenAbsent']): OrgSource => ({ from: 'query', name, whenAbsent });
export const body = (name: string, whenAbsent?: OrgSource['whenAbsent']): OrgSource => ({ from: 'body', name, whenAbsent });
export const org = (source: OrgSource, options: { strictlyBelow?: boolean } = {}): TargetSpec => ({ kind: 'org', source, ...options });
export const dossier = (name = 'id'): TargetSpec => ({ kind: 'dossier', param: name });
export const webhook = (name = 'id'): TargetSpec => ({ kind: 'webhook', param: name });
export const nomination = (name = 'id'): TargetSpec => ({ kind: 'nomination', param: name });
export const movement = (name = 'id'): TargetSpec => ({ kind: 'movement', param: name });
export const all = (...of: TargetSpec[]): TargetSpec => ({ kind: 'all', of });
