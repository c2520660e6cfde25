import { launched, CAMAU_JUSTICE, MOC, MOJ, NATIONAL } from './testing/movement-history.fixture';
import { planApproved, planCreated, planIn, planPayload, planWithdrawn } from './testing/plan-dossiers.fixture';
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
});
