import { DossierEvent } from '../dossiers/dossier.events';
import { planApproved, planCreated, planPayload } from '../movement/testing/plan-dossiers.fixture';
import { approvedDossiers, approvedPlans, approvedReports, latestPlans, latestReports } from './approved-dossiers';

const by = { userId: 'submitter@moc-it', role: 'submitter' as const, orgId: 'moc-it' };
const payload = (year: number, actual: number) => ({ year, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual }] });
const report = (dossierId: string, year: number, actual: number, at: string): DossierEvent => ({
  type: 'DossierCreated',
  data: { dossierId, orgId: 'moc-it', kind: 'yearly_report', payload: payload(year, actual), by, at },
});

describe('approved plans and reports', () => {
  const events: DossierEvent[] = [
    planCreated('p-1', 'moc-it', planPayload('4030/KH-BVHTTDL'), '2025-09-01T02:00:00.000Z'),
    planApproved('p-1', '2025-09-20T02:00:00.000Z'),
    planCreated('p-2', 'moc-it', planPayload('4030/KH-BVHTTDL'), '2026-02-01T02:00:00.000Z'),
    report('r-2025', 2025, 80, '2026-01-05T02:00:00.000Z'),
    { type: 'DossierEdited', data: { dossierId: 'r-2025', payload: payload(2025, 82), by, at: '2026-01-06T02:00:00.000Z' } },
    planApproved('r-2025', '2026-01-20T02:00:00.000Z'),
    report('r-2026-draft', 2026, 99, '2027-01-05T02:00:00.000Z'),
  ];

  it('count only what was finally approved, as last edited', () => {
    expect(approvedReports(events)).toEqual([{ orgId: 'moc-it', year: 2025, values: payload(2025, 82).values, dossierId: 'r-2025' }]);
    expect(approvedPlans(events).get('moc-it')?.dossierId).toBe('p-1');
  });

  it('take an organisation’s latest approved plan', () => {
    expect(approvedPlans([...events, planApproved('p-2', '2026-03-01T02:00:00.000Z')]).get('moc-it')?.dossierId).toBe('p-2');
  });

  it('carry the evidence of a report', () => {
    const evidence = [{ criterionId: 'k1', sha256: 'a'.repeat(64), ref: 'Minutes 15/BB-CNTT' }];
    const withEvidence: DossierEvent = { type: 'DossierEdited', data: { dossierId: 'r-2025', payload: { ...payload(2025, 82), evidence }, by, at: '2026-01-07T02:00:00.000Z' } };
    const [edited, approved] = [events.slice(0, 5), events.slice(5)];
    expect(approvedReports([...edited, withEvidence, ...approved])[0].evidence).toEqual(evidence);
  });

  it('give the same answer from approved dossiers in any order, as a read model holds them', () => {
    const all = [...events, planApproved('p-2', '2026-03-01T02:00:00.000Z')];
    const shuffled = [...approvedDossiers(all)].reverse();
    expect(latestPlans(shuffled)).toEqual(approvedPlans(all));
    expect(latestReports(shuffled)).toEqual(approvedReports(all));
  });
});
