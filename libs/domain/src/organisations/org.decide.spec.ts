import { InvalidCommand, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { admin, AT, NOW, submitter } from '../testing/fixtures/actors.fixture';
import { ORG_HISTORY, orgTree, registered } from '../testing/fixtures/orgs.fixture';
import { OrgTree } from './org-tree';
import { orgUnitDecider } from './org.decide';
import { HierarchyViolation } from './org.errors';
import { OrgEvent } from './org.events';

const by = { userId: admin.userId, role: 'admin' as const, orgId: admin.orgId };
const spec = deciderSpec(orgUnitDecider, () => ({ now: NOW, actor: admin, tree: orgTree() }));
const treeWith = (...events: OrgEvent[]) => OrgTree.fromEvents([...ORG_HISTORY, ...events]);

describe('OrgUnit', () => {
  describe('when unregistered', () => {
    it('registers a unit under an active parent', () =>
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'moc-it', name: ' IT Centre ', level: 'unit', parentId: 'moc' } })
        .then([{ type: 'OrgRegistered', data: { orgId: 'moc-it', name: 'IT Centre', level: 'unit', parentId: 'moc', by, at: AT } }]));

    it('registers the Central Council without a parent, with a comment', () =>
      spec
        .given([])
        .when(
          { type: 'RegisterOrg', data: { orgId: 'central', name: 'Central Council', level: 'central_council', comment: 'founding' } },
          { tree: OrgTree.empty() },
        )
        .then([
          {
            type: 'OrgRegistered',
            data: { orgId: 'central', name: 'Central Council', level: 'central_council', by, at: AT, comment: 'founding' },
          },
        ]));

    it('refuses a second Central Council', () =>
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'central-2', name: 'Another', level: 'central_council' } })
        .thenThrows(HierarchyViolation, { reason: 'central_council_exists', code: 'hierarchy_violation' }));

    it('refuses a parent for the Central Council', () =>
      spec
        .given([])
        .when(
          { type: 'RegisterOrg', data: { orgId: 'c', name: 'C', level: 'central_council', parentId: 'moc' } },
          { tree: OrgTree.empty() },
        )
        .thenThrows(HierarchyViolation, { reason: 'central_council_has_no_parent' }));

    it.each([
      ['parent_required', { level: 'unit' }],
      ['parent_unknown', { level: 'unit', parentId: 'nowhere' }],
      ['level_not_allowed_under_parent', { level: 'ministry', parentId: 'moc' }],
      ['level_not_allowed_under_parent', { level: 'province', parentId: 'moc-dept' }],
    ] as const)('refuses (%s)', (reason, data) =>
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'new', name: 'New', ...data } })
        .thenThrows(HierarchyViolation, { reason }));

    it('refuses a retired parent', () =>
      spec
        .given([])
        .when(
          { type: 'RegisterOrg', data: { orgId: 'new', name: 'New', level: 'unit', parentId: 'camau-justice' } },
          { tree: treeWith({ type: 'OrgRetired', data: { orgId: 'camau-justice', by, at: AT } }) },
        )
        .thenThrows(HierarchyViolation, { reason: 'parent_retired' }));

    it('refuses an id the hierarchy already knows', () =>
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'moc', name: 'Again', level: 'ministry', parentId: 'central' } })
        .thenThrows(InvalidTransition));

    it('refuses a blank name or an unknown level', () => {
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'n', name: '  ', level: 'unit', parentId: 'moc' } })
        .thenThrows(InvalidCommand, { field: 'name' });
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'n', name: 'N', level: 'galaxy' as never, parentId: 'moc' } })
        .thenThrows(InvalidCommand, { field: 'level' });
    });

    it('refuses anyone but an admin', () =>
      spec
        .given([])
        .when({ type: 'RegisterOrg', data: { orgId: 'n', name: 'N', level: 'unit', parentId: 'moc' } }, { actor: submitter('moc') })
        .thenThrows(NotAllowed, { reason: 'requires_admin' }));

    it('cannot rename, move or retire what does not exist', () => {
      spec.given([]).when({ type: 'RenameOrg', data: { orgId: 'n', name: 'N' } }).thenThrows(NotFound);
      spec.given([]).when({ type: 'MoveOrg', data: { orgId: 'n', newParentId: 'moc' } }).thenThrows(NotFound);
      spec.given([]).when({ type: 'RetireOrg', data: { orgId: 'n' } }).thenThrows(NotFound);
    });
  });

  describe('when active', () => {
    const dept = [registered('moc-dept', 'unit', 'moc')];

    it('renames, keeping the previous name in the event', () =>
      spec
        .given(dept)
        .when({ type: 'RenameOrg', data: { orgId: 'moc-dept', name: 'Department of Digital Transformation' } })
        .then([
          {
            type: 'OrgRenamed',
            data: { orgId: 'moc-dept', name: 'Department of Digital Transformation', previousName: 'Org moc-dept', by, at: AT },
          },
        ]));

    it('refuses a rename to the same name', () =>
      spec.given(dept).when({ type: 'RenameOrg', data: { orgId: 'moc-dept', name: 'Org moc-dept' } }).thenThrows(InvalidCommand));

    it('moves under a new parent', () =>
      spec
        .given(dept)
        .when({ type: 'MoveOrg', data: { orgId: 'moc-dept', newParentId: 'camau', comment: 'transferred' } })
        .then([
          { type: 'OrgMoved', data: { orgId: 'moc-dept', fromParentId: 'moc', toParentId: 'camau', by, at: AT, comment: 'transferred' } },
        ]));

    it.each([
      ['cannot_move_under_itself', 'moc-dept'],
      ['cannot_move_under_descendant', 'moc-dept-office'],
      ['already_under_parent', 'moc'],
      ['parent_unknown', 'nowhere'],
    ] as const)('refuses a move (%s)', (reason, newParentId) =>
      spec.given(dept).when({ type: 'MoveOrg', data: { orgId: 'moc-dept', newParentId } }).thenThrows(HierarchyViolation, { reason }));

    it('refuses moving a ministry under a unit', () =>
      spec
        .given([registered('moc', 'ministry', 'central')])
        .when({ type: 'MoveOrg', data: { orgId: 'moc', newParentId: 'camau-justice' } })
        .thenThrows(HierarchyViolation, { reason: 'level_not_allowed_under_parent' }));

    it('never moves or retires the Central Council', () => {
      const central = [registered('central', 'central_council')];
      spec
        .given(central)
        .when({ type: 'MoveOrg', data: { orgId: 'central', newParentId: 'moc' } })
        .thenThrows(HierarchyViolation, { reason: 'central_council_cannot_move' });
      spec
        .given(central)
        .when({ type: 'RetireOrg', data: { orgId: 'central' } })
        .thenThrows(HierarchyViolation, { reason: 'central_council_cannot_retire' });
    });

    it('retires an organisation with no active children', () =>
      spec
        .given([registered('camau-justice', 'unit', 'camau')])
        .when({ type: 'RetireOrg', data: { orgId: 'camau-justice', comment: 'merged into the provincial department' } })
        .then([{ type: 'OrgRetired', data: { orgId: 'camau-justice', by, at: AT, comment: 'merged into the provincial department' } }]));

    it('refuses to retire an organisation with active children', () =>
      spec
        .given(dept)
        .when({ type: 'RetireOrg', data: { orgId: 'moc-dept' } })
        .thenThrows(HierarchyViolation, { reason: 'has_active_children' }));

    it('refuses to register again', () =>
      spec
        .given(dept)
        .when({ type: 'RegisterOrg', data: { orgId: 'moc-dept', name: 'X', level: 'unit', parentId: 'moc' } })
        .thenThrows(InvalidTransition, { status: 'active' }));

    it('refuses a non-admin', () =>
      spec
        .given(dept)
        .when({ type: 'RetireOrg', data: { orgId: 'moc-dept' } }, { actor: { ...admin, role: 'reviewer' } })
        .thenThrows(NotAllowed, { reason: 'requires_admin' }));
  });

  describe('when retired', () => {
    const retired: OrgEvent[] = [
      registered('camau-justice', 'unit', 'camau'),
      { type: 'OrgRetired', data: { orgId: 'camau-justice', by, at: AT } },
    ];

    it('is retired in state', () => expect(spec.given(retired).state()).toMatchObject({ status: 'retired', retiredAt: AT }));

    it.each([
      { type: 'RenameOrg' as const, data: { orgId: 'camau-justice', name: 'New' } },
      { type: 'MoveOrg' as const, data: { orgId: 'camau-justice', newParentId: 'moc' } },
      { type: 'RetireOrg' as const, data: { orgId: 'camau-justice' } },
    ])('refuses $type', (command) => spec.given(retired).when(command).thenThrows(InvalidTransition, { status: 'retired' }));
  });
});
