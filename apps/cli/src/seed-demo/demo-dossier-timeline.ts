import { caMauJusticePlan, hanoiAgencyPlan, hanoiPlan, mcstDepartmentPlan, mcstPlan, mojPlan } from './demo-plans';
import { DemoDossiers } from './demo-dossiers';
import { yearlyReport } from './demo-reports';
import { HANOI_AGENCIES } from './demo-organisations';

/** Agency values for the city's criteria h1–h5, 2025 and 2026. */
const HANOI_VALUES: Record<(typeof HANOI_AGENCIES)[number], Record<number, Record<string, number>>> = {
  'hanoi-science': { 2025: { h1: 71, h2: 64, h3: 96, h4: 24, h5: 88 }, 2026: { h1: 86, h2: 79, h3: 100, h4: 27, h5: 91 } },
  'hanoi-home-affairs': { 2025: { h1: 68, h2: 51, h3: 93, h4: 22, h5: 90 }, 2026: { h1: 80, h2: 66, h3: 99, h4: 25, h5: 92 } },
  'hanoi-finance': { 2025: { h1: 75, h2: 83, h3: 97, h4: 25, h5: 86 }, 2026: { h1: 88, h2: 92, h3: 100, h4: 29, h5: 90 } },
  'hanoi-justice': { 2025: { h1: 62, h2: 47, h3: 91, h4: 21, h5: 89 }, 2026: { h1: 77, h2: 61, h3: 98, h4: 23, h5: 93 } },
};

/**
 * The implementation plans, 2025–2026 reports and a few dossiers caught mid-way, on the days they
 * happened. Approvals of a route go one step per listed day. What is still in review on
 * 23 November 2026 is on purpose: some within their deadline, some long overdue.
 */
export async function seedDossiers(d: DemoDossiers): Promise<void> {
  // National window (end of Q2 2025): Hanoi in time; the culture ministry's plan came in August.
  await d.create('plan-hanoi', 'hanoi', hanoiPlan(), '2025-06-10');
  await d.submit('plan-hanoi', '2025-06-16');
  await d.approveThrough('plan-hanoi', ['2025-06-26']);
  await d.create('plan-mcst', 'mcst', mcstPlan(), '2025-08-12');
  await d.submit('plan-mcst', '2025-08-13');
  await d.approveThrough('plan-mcst', ['2025-08-25']);

  // The Ministry of Justice's plan was returned for revision and is still with the ministry.
  await d.create('plan-moj', 'moj', mojPlan(), '2025-06-20');
  await d.submit('plan-moj', '2025-06-27');
  await d.returnForRevision('plan-moj', '2025-07-08', 'Content 3 has no criterion for civil status records; add one with its target and due date');

  // Cascade: the ministry's departments under plan 4030 (window Q3 2025), the city's agencies under plan 112.
  await d.create('plan-mcst-personnel', 'mcst-personnel', mcstDepartmentPlan('Department of Personnel Organisation', '215/KH-TCCB', ['k1', 'k5']), '2025-09-15');
  await d.submit('plan-mcst-personnel', '2025-09-19');
  await d.approveThrough('plan-mcst-personnel', ['2025-09-26', '2025-10-08']);
  await d.create('plan-mcst-libraries', 'mcst-libraries', mcstDepartmentPlan('Department of Libraries', '98/KH-TV', ['k1', 'k3']), '2025-09-29');
  await d.submit('plan-mcst-libraries', '2025-10-06');
  await d.approveThrough('plan-mcst-libraries', ['2025-10-14', '2025-10-24']);
  const agencyRefs: Record<(typeof HANOI_AGENCIES)[number], string> = {
    'hanoi-science': '41/KH-SKHCN',
    'hanoi-home-affairs': '57/KH-SNV',
    'hanoi-finance': '63/KH-STC',
    'hanoi-justice': '70/KH-STP',
  };
  for (const [i, orgId] of HANOI_AGENCIES.entries()) {
    const id = `plan-${orgId}`;
    await d.create(id, orgId, hanoiAgencyPlan(orgId, agencyRefs[orgId]), `2025-07-0${i + 1}`);
    await d.submit(id, `2025-07-${String(i + 7).padStart(2, '0')}`);
    await d.approveThrough(id, ['2025-07-18', '2025-07-29']);
  }
  await d.create('plan-ca-mau-justice', 'ca-mau-justice', caMauJusticePlan(), '2025-12-31');
  await d.submit('plan-ca-mau-justice', '2026-01-05');
  await d.approveThrough('plan-ca-mau-justice', ['2026-01-14', '2026-01-27']);

  // 2025 reports, all approved in early 2026.
  const mcstReports: [string, string, Record<number, Record<string, number>>][] = [
    ['mcst', '4030/KH-BVHTTDL', { 2025: { k1: 92, k2: 55, k3: 1200, k4: 9, k5: 70 }, 2026: { k1: 100, k2: 74, k3: 2100, k4: 17, k5: 93 } }],
    ['mcst-personnel', '215/KH-TCCB', { 2025: { k1: 95, k5: 88 }, 2026: { k1: 100, k5: 97 } }],
    ['mcst-libraries', '98/KH-TV', { 2025: { k1: 81, k3: 1650 }, 2026: { k1: 97, k3: 2400 } }],
  ];
  for (const [orgId, planRef, values] of mcstReports) {
    const id = `report-${orgId}-2025`;
    await d.create(id, orgId, yearlyReport(orgId, 2025, planRef, values[2025]), '2026-01-12');
    await d.submit(id, '2026-01-15');
    await d.approveThrough(id, ['2026-01-22', '2026-02-03', '2026-02-10']);
  }
  for (const orgId of HANOI_AGENCIES) {
    const id = `report-${orgId}-2025`;
    await d.create(id, orgId, yearlyReport(orgId, 2025, agencyRefs[orgId], HANOI_VALUES[orgId][2025]), '2026-01-09');
    await d.submit(id, '2026-01-13');
    await d.approveThrough(id, ['2026-01-20', '2026-01-30']);
  }

  // 2026 reports: approved, in review within the deadline, long overdue, rejected, withdrawn, a draft.
  for (const orgId of ['hanoi-science', 'hanoi-justice'] as const) {
    const id = `report-${orgId}-2026`;
    await d.create(id, orgId, yearlyReport(orgId, 2026, agencyRefs[orgId], HANOI_VALUES[orgId][2026]), '2026-10-26');
    await d.submit(id, '2026-10-27');
    await d.approveThrough(id, ['2026-11-03', '2026-11-12']);
  }
  const [personnel, libraries] = mcstReports.slice(1);
  await d.create('report-mcst-personnel-2026', 'mcst-personnel', yearlyReport('mcst-personnel', 2026, personnel[1], personnel[2][2026]), '2026-11-16');
  await d.submit('report-mcst-personnel-2026', '2026-11-18');
  await d.create('report-mcst-libraries-2026', 'mcst-libraries', yearlyReport('mcst-libraries', 2026, libraries[1], libraries[2][2026]), '2026-09-28');
  await d.submit('report-mcst-libraries-2026', '2026-10-01');
  await d.create('report-hanoi-home-affairs-2026', 'hanoi-home-affairs', yearlyReport('hanoi-home-affairs', 2026, agencyRefs['hanoi-home-affairs'], { ...HANOI_VALUES['hanoi-home-affairs'][2026], h2: 96 }), '2026-10-05');
  await d.submit('report-hanoi-home-affairs-2026', '2026-10-07');
  await d.reject('report-hanoi-home-affairs-2026', '2026-10-15', 'The cashless share (h2: 96%) contradicts the city payment platform’s figures (66%); submit a corrected report');
  await d.create('report-hanoi-home-affairs-2026-corrected', 'hanoi-home-affairs', yearlyReport('hanoi-home-affairs', 2026, agencyRefs['hanoi-home-affairs'], HANOI_VALUES['hanoi-home-affairs'][2026]), '2026-10-19');
  await d.submit('report-hanoi-home-affairs-2026-corrected', '2026-10-20');
  await d.create('report-hanoi-finance-2026', 'hanoi-finance', yearlyReport('hanoi-finance', 2026, agencyRefs['hanoi-finance'], HANOI_VALUES['hanoi-finance'][2026]), '2026-11-02');
  await d.submit('report-hanoi-finance-2026', '2026-11-03');
  await d.withdraw('report-hanoi-finance-2026', '2026-11-05', 'Submitted before the year’s budget figures were final');
  await d.create('report-hanoi-finance-2026-final', 'hanoi-finance', yearlyReport('hanoi-finance', 2026, agencyRefs['hanoi-finance'], HANOI_VALUES['hanoi-finance'][2026]), '2026-11-20');
}
