import { OrgTree } from '../organisations/org-tree';
import { admin, EARLIER, LATER } from '../testing/fixtures/actors.fixture';
import { ORG_HISTORY, orgTree, registered } from '../testing/fixtures/orgs.fixture';
import { MINISTRY_OR_PROVINCE } from '../testing/fixtures/payloads.fixture';
import { computeRoute, routeProblem } from './route';
import { NoRoute } from './route.errors';

const by = { userId: admin.userId, role: 'admin' as const, orgId: admin.orgId };

describe('computeRoute', () => {
  const tree = orgTree();

  it('climbs several levels to the Central Council', () => {
    expect(computeRoute(tree, 'moc-dept-office', ['central_council'])).toEqual([
      { orgId: 'moc-dept', level: 'unit' },
      { orgId: 'moc', level: 'ministry' },
      { orgId: 'central', level: 'central_council' },
    ]);
  });

  it('stops at the ministry when the ministry has authority', () => {
    expect(computeRoute(tree, 'moc-dept-office', MINISTRY_OR_PROVINCE)).toEqual([
      { orgId: 'moc-dept', level: 'unit' },
      { orgId: 'moc', level: 'ministry' },
    ]);
  });

  it('stops at the province for a province department', () => {
    expect(computeRoute(tree, 'camau-justice', MINISTRY_OR_PROVINCE)).toEqual([{ orgId: 'camau', level: 'province' }]);
  });

  it('stops at the parent unit for unit-level authority', () => {
    expect(computeRoute(tree, 'moc-dept-office', ['unit'])).toEqual([{ orgId: 'moc-dept', level: 'unit' }]);
  });

  it('sends a ministry straight to the Central Council', () => {
    expect(computeRoute(tree, 'moc', ['central_council'])).toEqual([{ orgId: 'central', level: 'central_council' }]);
  });

  it('finds nothing for a ministry-level form submitted by a ministry itself', () => {
    expect(() => computeRoute(tree, 'moc', MINISTRY_OR_PROVINCE)).toThrow(expect.objectContaining({ reason: 'no_authority_above' }));
  });

  it('follows the hierarchy as of the moment it is asked for', () => {
    const history = [
      ...ORG_HISTORY,
      { type: 'OrgMoved' as const, data: { orgId: 'moc-dept', fromParentId: 'moc', toParentId: 'camau', by, at: LATER } },
    ];
    expect(computeRoute(OrgTree.asOf(history, EARLIER), 'moc-dept-office', MINISTRY_OR_PROVINCE)).toEqual([
      { orgId: 'moc-dept', level: 'unit' },
      { orgId: 'moc', level: 'ministry' },
    ]);
    expect(computeRoute(OrgTree.asOf(history, LATER), 'moc-dept-office', MINISTRY_OR_PROVINCE)).toEqual([
      { orgId: 'moc-dept', level: 'unit' },
      { orgId: 'camau', level: 'province' },
    ]);
  });

  it('refuses an unknown or retired submitter', () => {
    expect(() => computeRoute(tree, 'nowhere', ['unit'])).toThrow(expect.objectContaining({ reason: 'unknown_org' }));
    const retiredTree = tree.apply({ type: 'OrgRetired', data: { orgId: 'moc-dept-office', by, at: LATER } });
    expect(() => computeRoute(retiredTree, 'moc-dept-office', ['unit'])).toThrow(NoRoute);
  });

  it('refuses when nothing above holds the authority', () => {
    expect(() => computeRoute(tree, 'central', ['central_council'])).toThrow(expect.objectContaining({ reason: 'no_authority_above' }));
    const orphan = OrgTree.fromEvents([registered('lonely', 'unit', 'gone')]);
    expect(() => computeRoute(orphan, 'lonely', ['unit'])).toThrow(NoRoute);
  });
});

describe('routeProblem', () => {
  const toCentral = computeRoute(orgTree(), 'moc-dept-office', ['central_council']);

  it('accepts a computed route', () => {
    expect(routeProblem(toCentral, 'moc-dept-office', ['central_council'])).toBeNull();
  });

  it.each([
    ['empty', [], ['central_council']],
    ['malformed_step', [{ orgId: '', level: 'unit' }], ['unit']],
    ['malformed_step', [{ orgId: 'x', level: 'galaxy' }], ['unit']],
    ['duplicate_org', [{ orgId: 'moc', level: 'ministry' }, { orgId: 'moc', level: 'ministry' }], ['central_council']],
    ['includes_owner_org', [{ orgId: 'moc-dept-office', level: 'unit' }], ['unit']],
    ['does_not_reach_authority', toCentral.slice(0, 2), ['central_council']],
    ['does_not_reach_authority', toCentral, []],
    ['passes_authority', toCentral, MINISTRY_OR_PROVINCE],
  ] as const)('finds %s', (problem, route, authority) => {
    expect(routeProblem(route as never, 'moc-dept-office', authority)).toBe(problem);
  });
});
