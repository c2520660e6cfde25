import { OrgLevel } from './org-level';
import { OrgEvent } from './org.events';

export interface OrgNode {
  orgId: string;
  name: string;
  level: OrgLevel;
  parentId: string | null;
  status: 'active' | 'retired';
}

/**
 * The whole organisation hierarchy, folded from the org events of ALL organisations (in global
 * order). Immutable: `apply` returns a new tree. `asOf` folds only the events that happened at or
 * before an instant, so a route or an audit can see the hierarchy as it was then.
 */
export class OrgTree {
  private constructor(private readonly nodes: ReadonlyMap<string, OrgNode>) {}

  static empty(): OrgTree {
    return new OrgTree(new Map());
  }

  static fromEvents(events: readonly OrgEvent[]): OrgTree {
    const nodes = new Map<string, OrgNode>();
    for (const event of events) evolveNodes(nodes, event);
    return new OrgTree(nodes);
  }

  /** The hierarchy as it stood at `at` (inclusive), judged by each event's own `at`. */
  static asOf(events: readonly OrgEvent[], at: Date | string): OrgTree {
    const limit = typeof at === 'string' ? Date.parse(at) : at.getTime();
    return OrgTree.fromEvents(events.filter((event) => Date.parse(event.data.at) <= limit));
  }

  apply(event: OrgEvent): OrgTree {
    const nodes = new Map(this.nodes);
    evolveNodes(nodes, event);
    return new OrgTree(nodes);
  }

  get(orgId: string): OrgNode | undefined {
    return this.nodes.get(orgId);
  }

  isActive(orgId: string): boolean {
    return this.nodes.get(orgId)?.status === 'active';
  }

  all(): OrgNode[] {
    return [...this.nodes.values()];
  }

  /** The active Central Emulation and Reward Council, if registered. */
  centralCouncil(): OrgNode | undefined {
    return this.all().find((node) => node.level === 'central_council' && node.status === 'active');
  }

  /** Direct children; retired ones only when asked. */
  children(orgId: string, options: { includeRetired?: boolean } = {}): OrgNode[] {
    return this.all().filter(
      (node) => node.parentId === orgId && (options.includeRetired || node.status === 'active'),
    );
  }

  /** Parent first, root last; empty for the root or an unknown id. */
  ancestors(orgId: string): OrgNode[] {
    const chain: OrgNode[] = [];
    const seen = new Set<string>([orgId]);
    let parentId = this.nodes.get(orgId)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      const parent = this.nodes.get(parentId);
      if (!parent) break;
      chain.push(parent);
      seen.add(parentId);
      parentId = parent.parentId;
    }
    return chain;
  }

  /** True when `orgId` sits strictly below `ancestorId`. */
  isDescendant(orgId: string, ancestorId: string): boolean {
    return this.ancestors(orgId).some((node) => node.orgId === ancestorId);
  }
}

function evolveNodes(nodes: Map<string, OrgNode>, event: OrgEvent): void {
  const { type, data } = event;
  const node = nodes.get(data.orgId);
  switch (type) {
    case 'OrgRegistered':
      nodes.set(data.orgId, {
        orgId: data.orgId,
        name: data.name,
        level: data.level,
        parentId: data.parentId ?? null,
        status: 'active',
      });
      return;
    case 'OrgRenamed':
      if (node) nodes.set(data.orgId, { ...node, name: data.name });
      return;
    case 'OrgMoved':
      if (node) nodes.set(data.orgId, { ...node, parentId: data.toParentId });
      return;
    case 'OrgRetired':
      if (node) nodes.set(data.orgId, { ...node, status: 'retired' });
      return;
    default:
      // Exhaustive at compile time; an unknown type read from the store leaves the tree as it was.
      (type) satisfies never;
  }
}
