import { Criterion, ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { summaryYears } from '../movement/movement-calendar';
import { NATIONAL_PHASES } from '../movement/national-movement';
import { movementOrgs, MOVEMENT_ORG_EVENTS } from '../movement/testing/movement-orgs.fixture';
import { OrgTree } from '../organisations/org-tree';
import { summarise, summaryValues } from './summarise';
import { YearReport } from './year-report';

/** Criteria of the culture ministry's plan 4030/KH-BVHTTDL as used here (illustrative figures). */
const MOC_PLAN: Pick<ImplementationPlanPayload, 'contents' | 'criteria'> = {
  contents: [
    { id: 'c2', title: 'Digital infrastructure and data of culture, sports and tourism', nationalContent: 2 },
    { id: 'c3', title: 'Digital transformation of the ministry’s agencies', nationalContent: 3 },
  ],
  criteria: [
    { id: 'k1', contentId: 'c2', metric: 'Heritage records digitised', unit: 'count', comparator: 'gte', target: 10_000 },
    { id: 'k2', contentId: 'c3', metric: 'Administrative procedures handled online', unit: 'percent', comparator: 'gte', target: 100 },
    { id: 'k3', contentId: 'c3', metric: 'Average days to settle a file', unit: 'count', comparator: 'lte', target: 5 },
  ].map((criterion) => ({ ...criterion, dueDate: '2027-12-31' }) as Criterion),
};

const report = (orgId: string, year: number, values: [string, number][], evidence: YearReport['evidence'] = []): YearReport => ({
  orgId,
  year,
  values: values.map(([criterionId, actual]) => ({ criterionId, actual })),
  ...(evidence.length > 0 ? { evidence } : {}),
});

const HASH = 'a3f1c2e4b5d6978812ab34cd56ef7890a3f1c2e4b5d6978812ab34cd56ef7890';
const REPORTS: YearReport[] = [
  report('moc-heritage', 2025, [['k1', 1_500], ['k2', 60]]),
  report('moc-heritage', 2027, [['k1', 4_200], ['k2', 95]], [{ criterionId: 'k1', sha256: HASH, ref: 'Report 112/BC-DSVH' }]),
  report('moc-heritage-records', 2026, [['k1', 2_300], ['k2', 80]]),
  report('moc-heritage-records', 2027, [['k1', 3_100], ['k2', 90]]),
  report('moc-it', 2027, [['k1', 0], ['k2', 100], ['k3', 3]]),
  report('moc-personnel', 2027, [['k2', 85], ['k9', 12]]),
  report('moc', 2027, [['k3', 7]]),
  report('moc-it', 2028, [['k1', 9_999]]),
  report('camau-justice', 2027, [['k1', 50_000]]),
];

const years = summaryYears({ phases: NATIONAL_PHASES }, 'preliminary_summary');
const moc = summarise({ orgId: 'moc', plan: MOC_PLAN, tree: movementOrgs(), reports: REPORTS, years });
const criterion = (id: string) => moc.criteria.find((c) => c.criterionId === id);

describe('summarise', () => {
  it('covers 2025–2027 for the preliminary summary and 2025–2030 for the final one', () => {
    expect(years).toEqual({ from: 2025, to: 2027 });
    expect(summaryYears({ phases: NATIONAL_PHASES }, 'final_summary')).toEqual({ from: 2025, to: 2030 });
  });

  it("makes the 2027 summary of a ministry's count the sum of its units' 2027 reports, however deep they sit", () => {
    const unitsSum = REPORTS.filter((r) => r.year === 2027 && r.orgId.startsWith('moc-'))
      .flatMap((r) => r.values.filter((v) => v.criterionId === 'k1'))
      .reduce((sum, v) => sum + v.actual, 0);
    expect(criterion('k1')).toMatchObject({ actual: unitsSum, combination: 'sum', target: 10_000, attainment: 0.73, met: false });
    expect(unitsSum).toBe(7_300);
    expect(criterion('k1')?.contributions).toEqual([
      { orgId: 'moc-heritage', year: 2027, actual: 4_200 },
      { orgId: 'moc-heritage-records', year: 2027, actual: 3_100 },
      { orgId: 'moc-it', year: 2027, actual: 0 },
    ]);
  });

  it('adds up the same at every level: the department’s summary is part of the ministry’s', () => {
    const heritage = summarise({ orgId: 'moc-heritage', plan: MOC_PLAN, tree: movementOrgs(), reports: REPORTS, years });
    expect(heritage.criteria[0].actual).toBe(7_300);
    expect(heritage.organisations).toEqual(['moc-heritage', 'moc-heritage-records']);
  });

  it('averages shares over the organisations that reported, and says how many did', () => {
    expect(criterion('k2')).toMatchObject({ actual: 92.5, combination: 'mean', attainment: 0.925, reported: 4, expected: 5 });
  });

  it('uses each organisation’s latest value within the years, never a later one', () => {
    expect(criterion('k1')?.contributions.find((c) => c.orgId === 'moc-it')).toEqual({ orgId: 'moc-it', year: 2027, actual: 0 });
  });

  it('judges an at-most criterion by its comparator', () => {
    expect(criterion('k3')).toMatchObject({ actual: 10, attainment: 0.5, met: false });
  });

  it('gives progress per content, per national content and overall', () => {
    expect(moc.contents).toEqual([
      { contentId: 'c2', title: MOC_PLAN.contents[0].title, nationalContent: 2, attainment: 0.73, criteria: 1, met: 0 },
      { contentId: 'c3', title: MOC_PLAN.contents[1].title, nationalContent: 3, attainment: 0.7125, criteria: 2, met: 0 },
    ]);
    expect(moc.nationalContents.map((n) => n.nationalContent)).toEqual([2, 3]);
    expect(moc.attainment).toBe(0.72125);
  });

  it('carries the evidence of the values it counts, and lists values it cannot place', () => {
    expect(criterion('k1')?.evidence).toEqual([
      { criterionId: 'k1', sha256: HASH, ref: 'Report 112/BC-DSVH', orgId: 'moc-heritage', year: 2027 },
    ]);
    expect(moc.unmapped).toEqual([{ orgId: 'moc-personnel', year: 2027, criterionId: 'k9' }]);
  });

  it('counts evidence backing a whole report toward each value of that report', () => {
    const signed = { sha256: HASH, ref: 'Report 07/BC-CNTT, signed copy' };
    const reports = [...REPORTS.filter((r) => r.orgId !== 'moc-it'), report('moc-it', 2027, [['k1', 0], ['k2', 100], ['k3', 3]], [signed])];
    const withSigned = summarise({ orgId: 'moc', plan: MOC_PLAN, tree: movementOrgs(), reports, years });
    const fromIt = (id: string) => withSigned.criteria.find((c) => c.criterionId === id)?.evidence.filter((e) => e.orgId === 'moc-it');
    expect(fromIt('k2')).toEqual([{ ...signed, orgId: 'moc-it', year: 2027 }]);
    expect(fromIt('k3')).toEqual([{ ...signed, orgId: 'moc-it', year: 2027 }]);
  });

  it('maps a unit’s own criterion onto the ministry’s when told', () => {
    const links = { 'moc-personnel': { k9: 'k1' } };
    const linked = summarise({ orgId: 'moc', plan: MOC_PLAN, tree: movementOrgs(), reports: REPORTS, years, links });
    expect(linked.criteria[0].actual).toBe(7_312);
    expect(linked.unmapped).toEqual([]);
  });

  it('leaves out organisations outside the subtree and gives the values for the summary dossier', () => {
    expect(moc.organisations).not.toContain('camau-justice');
    expect(summaryValues(moc)).toEqual([
      { criterionId: 'k1', actual: 7_300 },
      { criterionId: 'k2', actual: 92.5 },
      { criterionId: 'k3', actual: 10 },
    ]);
  });

  it('does not depend on the order of the reports', () => {
    const tree = OrgTree.fromEvents([...MOVEMENT_ORG_EVENTS].reverse());
    const reversed = summarise({ orgId: 'moc', plan: MOC_PLAN, tree, reports: [...REPORTS].reverse(), years });
    expect(reversed).toEqual(moc);
  });
});
