import { launched, CAMAU_JUSTICE, MOC, MOJ, NATIONAL } from './testing/movement-history.fixture';
import { planApproved, planCreated, planIn, planPayload, planWithdrawn } from './testing/plan-dossiers.fixture';
import { DossierEvent } from '../dossiers/dossier.events';
import { movementKey, PlanOutline, PlanTree, PlanTreeEvent, planKey } from './plan-tree';

const keysOf = (outline: PlanOutline): unknown => ({ [outline.node.key]: outline.children.map(keysOf) });

/**
 * 57-NQ/TW ─ national
 *            ├── moc-2025 (4030/KH-BVHTTDL) ─ plan of moc-heritage ─ plan of its records office
 *            └── moj-2025 (implements 71/NQ-CP) ─ camau-justice-2026 (79/KH-STP) ─ plan of the notary office
 */
const HISTORY: PlanTreeEvent[] = [
  launched(NATIONAL, '2025-03-10T02:00:00.000Z'),
  launched(MOJ, '2025-04-10T02:00:00.000Z'),
  launched(MOC, '2025-08-12T02:00:00.000Z'),
  ...planIn('p-heritage', 'moc-heritage', '4030/KH-BVHTTDL', '2025-09-10T02:00:00.000Z'),
  planApproved('p-heritage', '2025-10-01T02:00:00.000Z'),
  ...planIn('p-records', 'moc-heritage-records', 'p-heritage', '2025-10-05T02:00:00.000Z'),
  launched(CAMAU_JUSTICE, '2025-12-31T02:00:00.000Z'),
  ...planIn('p-notary', 'camau-justice-notary', '79/KH-STP', '2026-01-20T02:00:00.000Z'),
];

describe('PlanTree', () => {
  const tree = PlanTree.fromEvents(HISTORY);

  it('browses the cascade from the national movement down to every unit', () => {
    expect(tree.browse().map(keysOf)).toEqual([
      {
        'movement:national': [
          { 'movement:moc-2025': [{ 'plan:p-heritage': [{ 'plan:p-records': [] }] }] },
          { 'movement:moj-2025': [{ 'movement:camau-justice-2026': [{ 'plan:p-notary': [] }] }] },
        ],
      },
    ]);
  });

  it('follows a plan three levels deep back to the resolution the national movement implements', () => {
    const path = tree.path(planKey('p-notary'));
    expect(path.map((node) => node.key)).toEqual([
      'plan:p-notary',
      'movement:camau-justice-2026',
      'movement:moj-2025',
      'movement:national',
    ]);
    expect(path.map((node) => node.implementsRef)).toEqual(['79/KH-STP', 'moj-2025', '71/NQ-CP', '57-NQ/TW']);
  });

  it('keeps each plan’s status and first submission', () => {
    const heritage = tree.get(planKey('p-heritage'));
    expect(heritage).toMatchObject({ status: 'approved', firstSubmittedAt: '2025-09-10T02:00:00.000Z', criteria: 1 });
    expect(tree.get(movementKey('moc-2025'))).toMatchObject({ ref: '4030/KH-BVHTTDL', contents: MOC.contents });
  });

  it('lists plans naming nothing known as unresolved roots', () => {
    const stray = planCreated('p-stray', 'hanoi-a', planPayload('4030/KH-BVHTTDLL'), '2025-09-01T02:00:00.000Z');
    const withStray = PlanTree.fromEvents([...HISTORY, stray]);
    expect(withStray.unresolved().map((node) => node.key)).toEqual(['plan:p-stray']);
  });

  it('does not depend on the order in which plans and movements arrived', () => {
    const reordered = PlanTree.fromEvents([...HISTORY.slice(3), ...HISTORY.slice(0, 3)]);
    expect(reordered.browse()).toEqual(tree.browse());
  });

  it('shows the cascade as it stood on a past day', () => {
    const then = PlanTree.asOf(HISTORY, '2025-09-30T00:00:00.000Z');
    expect(then.get(planKey('p-records'))).toBeUndefined();
    expect(then.get(planKey('p-heritage'))).toMatchObject({ status: 'in_review' });
  });

  it('groups the plans below a movement by organisation, for missingPlans', () => {
    const withdrawn = PlanTree.fromEvents([...HISTORY, planWithdrawn('p-records', 'moc-heritage-records', '2025-10-06T02:00:00.000Z')]);
    const plans = withdrawn.plansByOrg(movementKey('moc-2025'));
    expect([...plans.keys()].sort()).toEqual(['moc-heritage', 'moc-heritage-records']);
    expect(plans.get('moc-heritage-records')).toEqual([
      { dossierId: 'p-records', orgId: 'moc-heritage-records', status: 'withdrawn', firstSubmittedAt: '2025-10-05T02:00:00.000Z' },
    ]);
  });

  describe('with plans that name their movement, their own number and their parent plan', () => {
    const linked = (dossierId: string, orgId: string, links: object, at: string): PlanTreeEvent[] => {
      const [created, submitted] = planIn(dossierId, orgId, '57-NQ/TW', at);
      const data = created.data as Extract<DossierEvent, { type: 'DossierCreated' }>['data'];
      return [{ ...created, data: { ...data, payload: { ...data.payload, ...links } } } as DossierEvent, submitted];
    };
    const CASCADE: PlanTreeEvent[] = [
      launched(NATIONAL, '2025-03-10T02:00:00.000Z'),
      launched(MOJ, '2025-04-10T02:00:00.000Z'),
      // Named by resolution only (57-NQ/TW resolves to nothing) but by movement id too.
      ...linked('p-justice', 'camau-justice', { movementId: 'moj-2025', ref: '79/KH-STP' }, '2025-12-31T02:00:00.000Z'),
      // Under the department's plan by its number, though it names the ministry's movement as well.
      ...linked('p-notary', 'camau-justice-notary', { movementId: 'moj-2025', parentPlanRef: '79/KH-STP' }, '2026-01-20T02:00:00.000Z'),
      // implementsRef may name a plan's own number too.
      ...planIn('p-office', 'camau-justice-notary', '79/KH-STP', '2026-02-01T02:00:00.000Z'),
    ];
    const cascade = PlanTree.fromEvents(CASCADE);

    it('hangs a plan under its parent plan first, then its movement, then what implementsRef names', () => {
      expect(cascade.outline(movementKey('moj-2025'))).toEqual({
        node: cascade.get(movementKey('moj-2025')),
        children: [
          {
            node: expect.objectContaining({ key: 'plan:p-justice', ref: '79/KH-STP', movementId: 'moj-2025' }),
            children: [
              { node: expect.objectContaining({ key: 'plan:p-notary', parentPlanRef: '79/KH-STP' }), children: [] },
              { node: expect.objectContaining({ key: 'plan:p-office' }), children: [] },
            ],
          },
        ],
      });
      expect(cascade.unresolved()).toEqual([]);
    });

    it('is rebuilt alike from the nodes kept elsewhere', () => {
      expect(PlanTree.of(cascade.all()).browse()).toEqual(cascade.browse());
    });

    it('moves a plan when an edit changes what it names, and forgets a link the edit drops', () => {
      const edit: DossierEvent = {
        type: 'DossierEdited',
        data: { dossierId: 'p-notary', payload: planPayload('moj-2025'), by: { userId: 'submitter@camau-justice-notary', role: 'submitter', orgId: 'camau-justice-notary' }, at: '2026-01-25T02:00:00.000Z' },
      };
      const edited = PlanTree.fromEvents([...CASCADE, edit]);
      expect(edited.parentOf(planKey('p-notary'))?.key).toBe('movement:moj-2025');
      expect(edited.get(planKey('p-notary'))).not.toHaveProperty('parentPlanRef');
      expect(edited.get(planKey('p-notary'))).toMatchObject({ status: 'in_review', firstSubmittedAt: '2026-01-20T02:00:00.000Z' });
    });
  });
});
