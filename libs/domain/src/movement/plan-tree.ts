import { DossierEvent } from '../dossiers/dossier.events';
import { PlanContent } from '../dossiers/payloads/implementation-plan.payload';
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
  implementsRef: string;
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
 * A movement hangs under its parent movement. A plan hangs under what its `implementsRef` names:
 * a movement's document number (`4030/KH-BVHTTDL`), a movement id, or another plan's dossier id.
 * A plan naming nothing known (a resolution such as `57-NQ/TW`, or a typo) is a root; `unresolved`
 * lists those. Links are resolved when asked, so the order in which the parts arrived does not
 * matter. Children are ordered by organisation, then key, so two folds of the same events browse alike.
 */
export class PlanTree {
  private readonly parents = new Map<string, string>();
  private readonly childrenOf = new Map<string, PlanTreeNode[]>();

  private constructor(private readonly nodes: ReadonlyMap<string, PlanTreeNode>) {
    const sorted = [...nodes.values()].sort(byOrgThenKey);
    const byRef = new Map<string, string>();
    for (const node of sorted) {
      if (node.kind === 'movement' && node.ref !== undefined && !byRef.has(node.ref)) byRef.set(node.ref, node.key);
    }
    for (const node of sorted) {
      const parentKey = node.kind === 'movement' ? movementParentKey(nodes, node) : resolve(nodes, byRef, node.implementsRef, node.key);
      if (parentKey === undefined) continue;
      this.parents.set(node.key, parentKey);
      this.childrenOf.set(parentKey, [...(this.childrenOf.get(parentKey) ?? []), node]);
    }
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

/** A movement by document number first, then a movement by id, then a plan by dossier id; never the node itself. */
function resolve(
  nodes: ReadonlyMap<string, PlanTreeNode>,
  byRef: ReadonlyMap<string, string>,
  ref: string,
  self: string,
): string | undefined {
  const candidates = [byRef.get(ref), movementKey(ref), planKey(ref)];
  return candidates.find((key): key is string => key !== undefined && key !== self && nodes.has(key));
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
    case 'DossierEdited':
      return updatePlan(nodes, event.data.dossierId, (plan) =>
        'implementsRef' in event.data.payload ? { ...plan, ...planFacts(event.data.payload) } : plan,
      );
    case 'DossierSubmitted':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({
        ...plan,
        status: 'in_review',
        firstSubmittedAt: plan.firstSubmittedAt ?? event.data.at,
      }));
    case 'DossierReturned':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({ ...plan, status: 'returned' }));
    case 'DossierRejected':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({ ...plan, status: 'rejected' }));
    case 'DossierWithdrawn':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({ ...plan, status: 'withdrawn' }));
    case 'DossierApproved':
      return updatePlan(nodes, event.data.dossierId, (plan) => ({ ...plan, status: 'approved' }));
    default:
      // Reviews, deadlines, holds and windows do not change the cascade.
      return;
  }
}

function planFacts(payload: { title: string; implementsRef: string; contents: PlanContent[]; criteria: readonly unknown[] }) {
  return { title: payload.title, implementsRef: payload.implementsRef, contents: payload.contents, criteria: payload.criteria.length };
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
