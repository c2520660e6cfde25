import { EVENT_STORE, EventStore } from '@app/event-store';
import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { startTestApp, TestApp } from './support/test-app';

type Values = { k1: number; k2: number };
const sha256 = (n: number) => n.toString(16).padStart(64, 'a');

/**
 * The two departments of the culture ministry report for 2025 and 2026 against the ministry's
 * criteria (k1: documents processed digitally, %, content 3; k2: staff trained, count, content 5).
 */
const REPORTS: Record<string, Record<number, Values>> = {
  'dept-heritage': { 2025: { k1: 80, k2: 50 }, 2026: { k1: 95, k2: 130 } },
  'dept-digital': { 2025: { k1: 70, k2: 40 }, 2026: { k1: 100, k2: 90 } },
};

/** Yearly reports and plans approved up the real chain; then the ministry's summary, its dossier, and rankings. */
describe('summaries and rankings from approved reports', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    await registerOrgChart(test);
    for (const orgId of ['dept-heritage', 'dept-digital', 'ministry-culture']) tokens[`submitter@${orgId}`] = await test.token(`clerk-${orgId}`, orgId, 'submitter');
    for (const orgId of ['ministry-culture', 'central-council', 'ministry-justice']) tokens[`reviewer@${orgId}`] = await test.token(`head-${orgId}`, orgId, 'reviewer');

    // Plans: the departments' climb to the Central Council through the ministry, the ministry's goes straight there.
    await approve('dept-heritage', 'implementation_plan', implementationPlan, ['ministry-culture', 'central-council']);
    await approve('dept-digital', 'implementation_plan', implementationPlan, ['ministry-culture', 'central-council']);
    await approve('ministry-culture', 'implementation_plan', implementationPlan, ['central-council']);
    // Yearly reports stop at the ministry; each carries evidence for the count, and 2026 a signed copy of the whole report.
    for (const [orgId, years] of Object.entries(REPORTS)) {
      for (const [year, { k1, k2 }] of Object.entries(years)) {
        const evidence = [
          { criterionId: 'k2', sha256: sha256(k2), ref: `Training register ${orgId} ${year}` },
          ...(year === '2026' ? [{ sha256: sha256(k1), ref: `Report 12/BC-${orgId} (signed)`, title: `Yearly report ${year}` }] : []),
        ];
        const values = [{ criterionId: 'k1', actual: k1 }, { criterionId: 'k2', actual: k2 }];
        await approve(orgId, 'yearly_report', { year: Number(year), planRef: '4030/KH-BVHTTDL', values, evidence }, ['ministry-culture']);
      }
    }
  }, 120_000);
  afterAll(() => test.close());

  /** Creates, submits and approves a dossier step by step; resolves once it is finally approved. */
  async function approve(orgId: string, kind: string, payload: object, reviewers: string[]): Promise<string> {
    const submitter = tokens[`submitter@${orgId}`];
    const { dossierId } = (await http.post('/dossiers', { kind, payload }, submitter).expect(201)).body;
    await http.post(`/dossiers/${dossierId}/submit`, {}, submitter).expect(200);
    for (const [step, reviewerOrg] of reviewers.entries()) {
      await eventually(async () => {
        const { body } = await http.get(`/dossiers/${dossierId}`, submitter);
        return body.status === 'in_review' && body.step === step ? true : undefined;
      }, 15_000, `step ${step} of ${dossierId}`);
      await http.post(`/dossiers/${dossierId}/approve`, { round: 1, step }, tokens[`reviewer@${reviewerOrg}`]).expect(200);
    }
    await eventually(async () => ((await http.get(`/dossiers/${dossierId}`, submitter)).body.status === 'approved' ? true : undefined), 15_000, `${dossierId} approved`);
    return dossierId;
  }

  /** The summary once the read model holds all four approved reports. */
  async function summary(path = '/organisations/ministry-culture/summary?kind=preliminary_summary', token = tokens['reviewer@ministry-culture']) {
    return eventually(async () => {
      const { body, status } = await http.get(path, token);
      return status === 200 && body.summary.criteria.every((c: { reported: number; contributions: { year: number }[] }) => c.reported === 2 && c.contributions.every((x) => x.year === 2026))
        ? body
        : undefined;
    }, 15_000, 'the summary to count every report');
  }

  it("makes the ministry's 2027 summary the sum of its units' counts and the mean of their shares", async () => {
    const body = await summary();
    const latest = Object.values(REPORTS).map((years) => years[2026]);
    const k1 = body.summary.criteria.find((c: { criterionId: string }) => c.criterionId === 'k1');
    const k2 = body.summary.criteria.find((c: { criterionId: string }) => c.criterionId === 'k2');
    expect(k2).toMatchObject({ combination: 'sum', target: 120, actual: latest.reduce((sum, v) => sum + v.k2, 0), attainment: 1, met: true });
    expect(k2.actual).toBe(220);
    expect(k1).toMatchObject({ combination: 'mean', target: 100, actual: latest.reduce((sum, v) => sum + v.k1, 0) / latest.length, attainment: 0.975, met: false });
    expect(body).toMatchObject({ kind: 'preliminary_summary', year: 2027, summary: { years: { from: 2025, to: 2027 } } });
    expect(body.summary.organisations).toEqual(['ministry-culture', 'dept-digital', 'dept-heritage']);
    expect(body.summary.contents.map((c: { nationalContent: number; attainment: number }) => [c.nationalContent, c.attainment])).toEqual([[3, 0.975], [5, 1]]);
    // The count's evidence: its own file, and each 2026 report's signed copy.
    expect(k2.evidence.map((e: { orgId: string; ref: string }) => [e.orgId, e.ref])).toEqual([
      ['dept-digital', 'Training register dept-digital 2026'],
      ['dept-digital', 'Report 12/BC-dept-digital (signed)'],
      ['dept-heritage', 'Training register dept-heritage 2026'],
      ['dept-heritage', 'Report 12/BC-dept-heritage (signed)'],
    ]);
    // Recomputed from the log up to the position it names: the same summary.
    const replayed = (await http.get(`/organisations/ministry-culture/summary?kind=preliminary_summary&position=${body.position}`, tokens['reviewer@ministry-culture']).expect(200)).body;
    expect(replayed).toEqual(body);
  });

  it('draws up the summary dossier from those figures, and it goes up the chain', async () => {
    await summary();
    const submitter = tokens['submitter@ministry-culture'];
    const request = { kind: 'preliminary_summary', narrative: 'Phase 1 in the ministry: results, lessons, proposals', planRef: '4030/KH-BVHTTDL' };
    const created = await http.post('/organisations/ministry-culture/summary-dossier', request, submitter, { 'idempotency-key': 'summary-moc-2027-1' }).expect(201);
    const again = await http.post('/organisations/ministry-culture/summary-dossier', request, submitter, { 'idempotency-key': 'summary-moc-2027-1' }).expect(201);
    expect(again.body).toMatchObject({ dossierId: created.body.dossierId, repeated: true });

    const dossier = (await http.get(`/dossiers/${created.body.dossierId}`, submitter).expect(200)).body;
    expect(dossier.content.kind).toBe('preliminary_summary');
    expect(dossier.content.payload.values).toEqual([{ criterionId: 'k1', actual: 97.5 }, { criterionId: 'k2', actual: 220 }]);
    expect(dossier.content.payload.aggregate.criteria.map((c: { criterionId: string; target: number; attainment: number }) => [c.criterionId, c.target, c.attainment])).toEqual([
      ['k1', 100, 0.975],
      ['k2', 120, 1],
    ]);
    await http.post(`/dossiers/${created.body.dossierId}/submit`, {}, submitter).expect(200);
    const open = await eventually(async () => {
      const { body } = await http.get(`/dossiers/${created.body.dossierId}`, submitter);
      return body.status === 'in_review' ? body : undefined;
    });
    expect(open.review.route.map((step: { orgId: string }) => step.orgId)).toEqual(['central-council']);

    const refused = await http.post('/organisations/dept-heritage/summary-dossier', request, submitter);
    expect(refused.status).toBe(403);
  });

  it('ranks the ministry’s units by the weights in force at the end of the year, the same every time and after a replay', async () => {
    await summary();
    const reviewer = tokens['reviewer@ministry-culture'];
    const path = '/rankings?level=unit&under=ministry-culture&year=2026';
    const first = (await http.get(path, reviewer).expect(200)).body;
    expect(first).toMatchObject({ level: 'unit', under: 'ministry-culture', year: 2026, weightsVersion: 'scoring-2025.01', ruleSet: { version: 'scoring-2025.01' }, withoutPlan: [] });
    expect(first.entries.map((e: { rank: number; orgId: string; score: number }) => [e.rank, e.orgId, e.score])).toEqual([
      [1, 'dept-heritage', 97.5],
      [2, 'dept-digital', 87.5],
    ]);
    expect(first.entries[1].byContent).toEqual([
      { nationalContent: 3, weight: 1, attainment: 1 },
      { nationalContent: 5, weight: 1, attainment: 0.75 },
    ]);
    expect((await http.get(path, reviewer).expect(200)).body).toEqual(first);
    // From the events alone, up to the position the ranking names.
    expect((await http.get(`${path}&position=${first.position}`, reviewer).expect(200)).body).toEqual(first);

    const outcome = await replayReadModels({ pool: test.context.pool, store: test.app.get<EventStore>(EVENT_STORE) });
    expect(outcome.status).toBe('swapped');
    const rebuilt = (await http.get(path, reviewer).expect(200)).body;
    const { position: _position, ...ranking } = first;
    expect(rebuilt).toMatchObject(ranking);
    expect((await http.get(`${path}&position=${rebuilt.position}`, reviewer).expect(200)).body).toEqual(rebuilt);
  });

  it('refuses callers outside the organisation, unknown kinds and positions beyond the log', async () => {
    const stranger = tokens['reviewer@ministry-justice'];
    expect((await http.get('/rankings?level=unit&under=ministry-culture&year=2026', stranger)).status).toBe(403);
    expect((await http.get('/organisations/ministry-culture/summary?kind=preliminary_summary', stranger)).status).toBe(403);
    const reviewer = tokens['reviewer@ministry-culture'];
    expect((await http.get('/organisations/ministry-culture/summary?kind=mid_term', reviewer)).status).toBe(400);
    expect((await http.get('/rankings?level=unit&year=2031', reviewer)).status).toBe(400);
    const ahead = await http.get('/rankings?level=unit&year=2026&position=999999999999', reviewer);
    expect(ahead.status).toBe(422);
    expect(ahead.body.details.code).toBe('position_ahead');
    const noPlan = await http.get('/organisations/ministry-justice/summary?kind=final_summary', stranger);
    expect(noPlan.status).toBe(422);
    expect(noPlan.body.details.code).toBe('no_approved_plan');
  });
});
