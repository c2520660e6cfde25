import { admin, EARLIER, LATER } from '../testing/fixtures/actors.fixture';
import { ORG_HISTORY, orgTree, registered } from '../testing/fixtures/orgs.fixture';
import { OrgTree } from './org-tree';
import { OrgMoved, OrgRenamed, OrgRetired } from './org.events';

const by = { userId: admin.userId, role: 'admin' as const, orgId: admin.orgId };
const moved = (orgId: string, fromParentId: string, toParentId: string, at = LATER): OrgMoved => ({
  type: 'OrgMoved',
  data: { orgId, fromParentId, toParentId, by, at },
});
const retired = (orgId: string): OrgRetired => ({ type: 'OrgRetired', data: { orgId, by, at: LATER } });
const renamed = (orgId: string, name: string): OrgRenamed => ({
  type: 'OrgRenamed',
  data: { orgId, name, previousName: `Org ${orgId}`, by, at: LATER },
});
const ids = (nodes: { orgId: string }[]) => nodes.map((node) => node.orgId);

describe('OrgTree', () => {
  it('lists ancestors from the parent up to the Central Council', () => {
    expect(ids(orgTree().ancestors('moc-dept-office'))).toEqual(['moc-dept', 'moc', 'central']);
    expect(orgTree().ancestors('central')).toEqual([]);
    expect(orgTree().ancestors('nowhere')).toEqual([]);
  });

  it('tells descendants, strictly', () => {
    const tree = orgTree();
    expect(tree.isDescendant('moc-dept-office', 'moc')).toBe(true);
    expect(tree.isDescendant('moc-dept-office', 'central')).toBe(true);
    expect(tree.isDescendant('moc', 'moc')).toBe(false);
    expect(tree.isDescendant('moc', 'moc-dept')).toBe(false);
    expect(tree.isDescendant('camau-justice', 'moc')).toBe(false);
  });

  it('lists direct children, retired ones only on request', () => {
    const tree = OrgTree.fromEvents([...ORG_HISTORY, registered('moc-it', 'unit', 'moc'), retired('moc-it')]);
    expect(ids(tree.children('central'))).toEqual(['moc', 'camau']);
    expect(ids(tree.children('moc'))).toEqual(['moc-dept']);
    expect(ids(tree.children('moc', { includeRetired: true }))).toEqual(['moc-dept', 'moc-it']);
    expect(tree.isActive('moc-it')).toBe(false);
  });

  it('follows renames and moves', () => {
    const tree = OrgTree.fromEvents([...ORG_HISTORY, renamed('moc-dept', 'Department of IT'), moved('moc-dept', 'moc', 'camau')]);
    expect(tree.get('moc-dept')).toEqual({
      orgId: 'moc-dept',
      name: 'Department of IT',
      level: 'unit',
      parentId: 'camau',
      status: 'active',
    });
    expect(ids(tree.ancestors('moc-dept-office'))).toEqual(['moc-dept', 'camau', 'central']);
  });

  it('finds the active Central Council', () => {
    expect(orgTree().centralCouncil()?.orgId).toBe('central');
    expect(OrgTree.empty().centralCouncil()).toBeUndefined();
  });

  it('is rebuilt as of an instant from the events up to it', () => {
    const history = [...ORG_HISTORY, moved('moc-dept', 'moc', 'camau', LATER)];
    expect(OrgTree.asOf(history, EARLIER).get('moc-dept')?.parentId).toBe('moc');
    expect(OrgTree.asOf(history, new Date(LATER)).get('moc-dept')?.parentId).toBe('camau');
    expect(OrgTree.asOf(history, '2025-01-01T00:00:00.000Z').all()).toEqual([]);
  });

  it('applies an event without changing the tree it came from', () => {
    const before = orgTree();
    const after = before.apply(moved('moc-dept', 'moc', 'camau'));
    expect(before.get('moc-dept')?.parentId).toBe('moc');
    expect(after.get('moc-dept')?.parentId).toBe('camau');
  });

  it('survives a cycle in corrupted history', () => {
    const tree = OrgTree.fromEvents([...ORG_HISTORY, moved('moc', 'central', 'moc-dept-office')]);
    expect(ids(tree.ancestors('moc-dept'))).toEqual(['moc', 'moc-dept-office']);
  });
});
