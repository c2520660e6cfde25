import { approvedPlans, approvedReports, DossierEvent, latestPlans, latestReports } from '@app/domain';
import { NOMINATION } from '@app/domain/testing/fixtures/payloads.fixture';
import { planApproved, planCreated, planPayload } from '@app/domain/movement/testing/plan-dossiers.fixture';
import { foldedRows } from '../testing/expected-rows';
import { asRecorded } from '../testing/recorded-events';
import { ResultDossierRow } from './result-dossier.row';
import { resultDossierRows } from './result-dossiers.projection';

const by = (orgId: string) => ({ userId: `submitter@${orgId}`, role: 'submitter' as const, orgId });
const SHA = 'c0ffee'.padEnd(64, '0');
const report = (dossierId: string, orgId: string, year: number, actual: number, at: string): DossierEvent => ({
  type: 'DossierCreated',
  data: {
    dossierId,
    orgId,
    kind: 'yearly_report',
    payload: { year, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual }], evidence: [{ criterionId: 'k1', sha256: SHA, ref: `Report ${dossierId}` }] },
    by: by(orgId),
    at,
  },
});
const edited = (dossierId: string, orgId: string, year: number, actual: number, at: string): DossierEvent => ({
  type: 'DossierEdited',
  data: { dossierId, payload: { year, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual }] }, by: by(orgId), at },
});

/** Plans and reports of two departments, drafts and edits among them, and a nomination that is none of them. */
const EVENTS: DossierEvent[] = [
  planCreated('p-heritage', 'moc-heritage', planPayload('4030/KH-BVHTTDL'), '2025-09-01T02:00:00.000Z'),
  planCreated('p-it', 'moc-it', planPayload('4030/KH-BVHTTDL'), '2025-09-02T02:00:00.000Z'),
  planApproved('p-heritage', '2025-09-20T02:00:00.000Z'),
  planApproved('p-it', '2025-09-21T02:00:00.000Z'),
  report('r-h-2025', 'moc-heritage', 2025, 60, '2026-01-05T02:00:00.000Z'),
  edited('r-h-2025', 'moc-heritage', 2025, 65, '2026-01-06T02:00:00.000Z'),
  planApproved('r-h-2025', '2026-01-20T02:00:00.000Z'),
  report('r-i-2025', 'moc-it', 2025, 90, '2026-01-07T02:00:00.000Z'),
  planApproved('r-i-2025', '2026-01-21T02:00:00.000Z'),
  report('r-h-2025-again', 'moc-heritage', 2025, 70, '2026-02-01T02:00:00.000Z'),
  planApproved('r-h-2025-again', '2026-02-10T02:00:00.000Z'),
  report('r-i-2026-draft', 'moc-it', 2026, 99, '2027-01-05T02:00:00.000Z'),
  { type: 'DossierCreated', data: { dossierId: 'n-1', orgId: 'moc-it', kind: 'award_nomination', payload: NOMINATION, by: by('moc-it'), at: '2026-03-01T02:00:00.000Z' } },
  { type: 'DossierEdited', data: { dossierId: 'n-1', payload: NOMINATION, by: by('moc-it'), at: '2026-03-02T02:00:00.000Z' } },
  planApproved('n-1', '2026-03-20T02:00:00.000Z'),
];

const rows: ResultDossierRow[] = foldedRows(resultDossierRows, asRecorded(EVENTS.map((event) => ({ stream: `dossier-${event.data.dossierId}`, ...event }))));
const approved = rows
  .filter((row) => row.approvedAt !== null)
  .map((row) => ({ dossierId: row.dossierId, orgId: row.orgId, content: { kind: row.kind, payload: row.payload } as never, approvedAt: row.approvedAt as string }));

describe('result_dossiers read model', () => {
  it('keeps plans and yearly reports as last edited, approved or not, and nothing else', () => {
    expect(rows.map((row) => [row.dossierId, row.kind, row.year, row.approvedAt !== null])).toEqual([
      ['p-heritage', 'implementation_plan', null, true],
      ['p-it', 'implementation_plan', null, true],
      ['r-h-2025', 'yearly_report', 2025, true],
      ['r-h-2025-again', 'yearly_report', 2025, true],
      ['r-i-2025', 'yearly_report', 2025, true],
      ['r-i-2026-draft', 'yearly_report', 2026, false],
    ]);
    expect(rows.find((row) => row.dossierId === 'r-h-2025')?.payload).toEqual({ year: 2025, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual: 65 }] });
  });

  it('gives the same approved plans and reports, evidence included, as the events folded by the domain', () => {
    expect(latestReports(approved)).toEqual(approvedReports(EVENTS));
    expect(latestPlans(approved)).toEqual(approvedPlans(EVENTS));
    expect(latestReports(approved).map((r) => [r.orgId, r.year, r.values[0].actual, r.evidence?.length ?? 0])).toEqual([
      ['moc-heritage', 2025, 70, 1],
      ['moc-it', 2025, 90, 1],
    ]);
  });
});
