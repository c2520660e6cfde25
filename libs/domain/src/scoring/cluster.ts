import { OrgLevel } from '../organisations/org-level';
import { OrgTree } from '../organisations/org-tree';

/**
 * The organisations that compete with each other: an emulation cluster (a named group set by a
 * council), or every active organisation of one level, optionally below one organisation.
 */
export interface Cluster {
  clusterId: string;
  members: readonly string[];
}

export function clusterOfLevel(tree: OrgTree, level: OrgLevel, under?: string): Cluster {
  const members = tree
    .all()
    .filter((node) => node.status === 'active' && node.level === level && (under === undefined || tree.isDescendant(node.orgId, under)))
    .map((node) => node.orgId)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { clusterId: under === undefined ? `level:${level}` : `level:${level}@${under}`, members };
}
