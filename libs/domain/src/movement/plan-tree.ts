import { DossierEvent } from '../dossiers/dossier.events';
import { ImplementationPlanPayload, PlanContent } from '../dossiers/payloads/implementation-plan.payload';
import { PlanStatus, PlansByOrg, PlanSubmission } from './missing-plans';
import { MovementContent } from './movement.definition';
import { MovementEvent } from './movement.events';

export interface MovementNode {
  kind: 'movement';
  /** `movement:<movementId>`. */
  key: string;
  movementId: string;
  orgId: string;
  name: string;
  ref?: string;
  implementsRef: string;
  parentMovementId?: string;
  contents: MovementContent[];
  status: 'launched' | 'closed';
}

export interface PlanNode {
  kind: 'plan';
  /** `plan:<dossierId>`. */
  key: string;
  dossierId: string;
  orgId: string;
  title: string;
  /** The plan's own document number. */
  ref?: string;
  implementsRef: string;
  /** The movement the plan names as the one it implements. */
  movementId?: string;
  /** The plan it names as its parent (document number or dossier id). */
  parentPlanRef?: string;
  contents: PlanContent[];
  criteria: number;
  status: PlanStatus;
  firstSubmittedAt?: string;
}

export type PlanTreeNode = MovementNode | PlanNode;

/** A node with its children, for browsing. */
export interface PlanOutline {
  node: PlanTreeNode;
  children: PlanOutline[];
}

export type PlanTreeEvent = MovementEvent | DossierEvent;

/**
 * The cascade of plans, from the national movement down to every unit's implementation plan,
 * folded from movement events and dossier events (in global order; other events are ignored).
 *
 * A movement hangs under its parent movement. A plan hangs under the first of these that names a
 * known node: its `parentPlanRef` (a plan's document number or dossier id), its `movementId`, then
 * what its `implementsRef` names: a movement's document number (`4030/KH-BVHTTDL`), a movement id,
 * a plan's document number or dossier id. A plan naming nothing known (a resolution such as
 * `57-NQ/TW`, or a typo) is a root; `unresolved` lists those. Links are resolved when asked, so the order in which the parts arrived does not
 * matter. Children are ordered by organisation, then key, so two folds of the same events browse alike.
 */
export class PlanTree {
  private readonly parents = new Map<string, string>();
  private readonly childrenOf = new Map<string, PlanTreeNode[]>();

  private constructor(private readonly nodes: ReadonlyMap<string, PlanTreeNode>) {
    const sorted = [...nodes.values()].sort(byOrgThenKey);
    const refs = { movements: new Map<string, string>(), plans: new Map<string, string>() };
    for (const node of sorted) {
      const byRef = node.kind === 'movement' ? refs.movements : refs.plans;
      if (node.ref !== undefined && !byRef.has(node.ref)) byRef.set(node.ref, node.key);
    }
    for (const node of sorted) {
      const parentKey = node.kind === 'movement' ? movementParentKey(nodes, node) : planParentKey(nodes, refs, node);
      if (parentKey === undefined) continue;
      this.parents.set(node.key, parentKey);
      this.childrenOf.set(parentKey, [...(this.childrenOf.get(parentKey) ?? []), node]);
    }
  }

  /** A tree of nodes kept elsewhere (the read models), linked exactly as a fold of the events links them. */
  static of(nodes: readonly PlanTreeNode[]): PlanTree {
    return new PlanTree(new Map(nodes.map((node) => [node.key, node])));
  }

  static fromEvents(events: readonly PlanTreeEvent[]): PlanTree {
    const nodes = new Map<string, PlanTreeNode>();
    for (const event of events) apply(nodes, event);
    return new PlanTree(nodes);
  }

  /** The cascade as it stood at `at` (inclusive), judged by each event's own `at`. */
  static asOf(events: readonly PlanTreeEvent[], at: Date | string): PlanTree {
    const limit = typeof at === 'string' ? Date.parse(at) : at.getTime();
    return PlanTree.fromEvents(events.filter((event) => Date.parse(event.data.at) <= limit));
  }

  get(key: string): PlanTreeNode | undefined {
    return this.nodes.get(key);
  }

  all(): PlanTreeNode[] {
    return [...this.nodes.values()].sort(byOrgThenKey);
  }

  parentOf(key: string): PlanTreeNode | undefined {
    const parentKey = this.parents.get(key);
    return parentKey === undefined ? undefined : this.nodes.get(parentKey);
  }

  roots(): PlanTreeNode[] {
    return this.all().filter((node) => !this.parents.has(node.key));
  }

  children(key: string): PlanTreeNode[] {
    return [...(this.childrenOf.get(key) ?? [])];
  }

  /** The node, then its parent, up to its root. */
  path(key: string): PlanTreeNode[] {
    const path: PlanTreeNode[] = [];
    const seen = new Set<string>();
    for (let node = this.nodes.get(key); node && !seen.has(node.key); node = this.parentOf(node.key)) {
      path.push(node);
      seen.add(node.key);
    }
    return path;
  }

  /** The node and everything below it, depth first. */
  outline(key: string): PlanOutline | undefined {
    const build = (node: PlanTreeNode, seen: Set<string>): PlanOutline => {
      seen.add(node.key);
      return { node, children: this.children(node.key).filter((c) => !seen.has(c.key)).map((child) => build(child, seen)) };
    };
    const node = this.nodes.get(key);
    return node ? build(node, new Set()) : undefined;
  }

  /** Every root with what hangs below it: the whole cascade. */
  browse(): PlanOutline[] {
    return this.roots().map((root) => this.outline(root.key) as PlanOutline);
  }

  /** Plans whose `implementsRef` names no movement or plan known here. */
  unresolved(): PlanNode[] {
    return this.roots().filter((node): node is PlanNode => node.kind === 'plan');
  }

  /** The implementation plans at or below `key` (all when omitted), by organisation, oldest first: the input of `missingPlans`. */
  plansByOrg(key?: string): PlansByOrg {
    const scope = key === undefined ? this.all() : flatten(this.outline(key));
    const byOrg = new Map<string, PlanSubmission[]>();
    for (const node of scope) {
      if (node.kind !== 'plan') continue;
      const { dossierId, orgId, status, firstSubmittedAt } = node;
      const list = byOrg.get(orgId) ?? [];
      list.push({ dossierId, orgId, status, ...(firstSubmittedAt !== undefined ? { firstSubmittedAt } : {}) });
      byOrg.set(orgId, list);
    }
    for (const list of byOrg.values()) list.sort((a, b) => compareText(a.firstSubmittedAt ?? '~', b.firstSubmittedAt ?? '~'));
    return byOrg;
  }
}

function movementParentKey(nodes: ReadonlyMap<string, PlanTreeNode>, node: MovementNode): string | undefined {
  if (node.parentMovementId === undefined) return undefined;
  const key = movementKey(node.parentMovementId);
  return nodes.has(key) && key !== node.key ? key : undefined;
}

interface RefIndex {
  movements: ReadonlyMap<string, string>;
  plans: ReadonlyMap<string, string>;
}

/**
 * The parent plan it names, then the movement it names, then what `implementsRef` names: a movement
 * by document number, a movement by id, a plan by document number, a plan by dossier id. Never the
 * node itself.
 */
function planParentKey(nodes: ReadonlyMap<string, PlanTreeNode>, refs: RefIndex, plan: PlanNode): string | undefined {
  const { parentPlanRef, movementId, implementsRef } = plan;
  const candidates = [
    ...(parentPlanRef !== undefined ? [refs.plans.get(parentPlanRef), planKey(parentPlanRef)] : []),
    ...(movementId !== undefined ? [movementKey(movementId)] : []),
    refs.movements.get(implementsRef),
    movementKey(implementsRef),
    refs.plans.get(implementsRef),
    planKey(implementsRef),
  ];
  return candidates.find((key): key is string => key !== undefined && key !== plan.key && nodes.has(key));
}

export const movementKey = (movementId: string): string => `movement:${movementId}`;
export const planKey = (dossierId: string): string => `plan:${dossierId}`;

function apply(nodes: Map<string, PlanTreeNode>, event: PlanTreeEvent): void {
  switch (event.type) {
    case 'MovementLaunched': {
      const { movementId, orgId, name, ref, implementsRef, parentMovementId, contents } = event.data;
      nodes.set(movementKey(movementId), {
        kind: 'movement',
        key: movementKey(movementId),
        movementId,
        orgId,
        name,
        ...(ref !== undefined ? { ref } : {}),
        implementsRef,
        ...(parentMovementId !== undefined ? { parentMovementId } : {}),
        contents,
        status: 'launched',
      });
      return;
    }
    case 'MovementClosed':
      return update(nodes, movementKey(event.data.movementId), (node) => (node.kind === 'movement' ? { ...node, status: 'closed' } : node));
    case 'DossierCreated': {
      if (event.data.kind !== 'implementation_plan') return;
      const { dossierId, orgId, payload } = event.data;
      nodes.set(planKey(dossierId), { kind: 'plan', key: planKey(dossierId), dossierId, orgId, ...planFacts(payload), status: 'draft' });
      return;
    }
    case 'DossierEdited': {
      const { payload } = event.data;
      if (!('implementsRef' in payload)) return;
      return updatePlan(nodes, event.data.dossierId, ({ kind, key, dossierId, orgId, status, firstSubmittedAt }) => ({
        kind,
        key,
        dossierId,
        orgId,
        ...planFacts(payload),
        status,
        ...(firstSubmittedAt !== undefined ? { firstSubmittedAt } : {}),
      }));
    }
    case 'DossierSubmitted':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({
        ...plan,
        status: 'in_review',
        firstSubmittedAt: plan.firstSubmittedAt ?? event.data.at,
      }));
    case 'DossierReturned':
    case 'DossierRejected':
    case 'DossierWithdrawn':
    case 'DossierApproved': {
      const status = planStatusAfter(event) as PlanStatus;
      return updatePlan(nodes, event.data.dossierId, (plan) => ({ ...plan, status }));
    }
    default:
      // Reviews, deadlines, holds and windows do not change the cascade.
      return;
  }
}

/** The status a plan takes after a dossier event, or undefined when the event leaves it as it is. */
export function planStatusAfter(event: { type: string }): PlanStatus | undefined {
  switch (event.type) {
    case 'DossierCreated':
      return 'draft';
    case 'DossierSubmitted':
      return 'in_review';
    case 'DossierReturned':
      return 'returned';
    case 'DossierRejected':
      return 'rejected';
    case 'DossierWithdrawn':
      return 'withdrawn';
    case 'DossierApproved':
      return 'approved';
    default:
      return undefined;
  }
}

/** What a plan's payload tells the tree: optional links only when the plan names them. */
export function planFacts(payload: ImplementationPlanPayload): Omit<PlanNode, 'kind' | 'key' | 'dossierId' | 'orgId' | 'status' | 'firstSubmittedAt'> {
  const { title, ref, implementsRef, movementId, parentPlanRef, contents, criteria } = payload;
  return {
    title,
    ...(ref !== undefined ? { ref } : {}),
    implementsRef,
    ...(movementId !== undefined ? { movementId } : {}),
    ...(parentPlanRef !== undefined ? { parentPlanRef } : {}),
    contents,
    criteria: criteria.length,
  };
}

function update(nodes: Map<string, PlanTreeNode>, key: string, change: (node: PlanTreeNode) => PlanTreeNode): void {
  const node = nodes.get(key);
  if (node) nodes.set(key, change(node));
}

function updatePlan(nodes: Map<string, PlanTreeNode>, dossierId: string, change: (plan: PlanNode) => PlanNode): void {
  update(nodes, planKey(dossierId), (node) => (node.kind === 'plan' ? change(node) : node));
}

function flatten(outline: PlanOutline | undefined): PlanTreeNode[] {
  return outline ? [outline.node, ...outline.children.flatMap(flatten)] : [];
}

function byOrgThenKey(a: PlanTreeNode, b: PlanTreeNode): number {
  return a.orgId !== b.orgId ? compareText(a.orgId, b.orgId) : compareText(a.key, b.key);
}

/** By code unit, not by locale: the same order on every machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
