import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { awardNomination, implementationPlan } from './support/payloads';
import { startTestApp, TestApp } from './support/test-app';

/** A dossier climbs unit → ministry → Central Council through the real API, Redis and workers. */
describe('the approval chain', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let submitter: string;
  let ministryReviewer: string;
  let councilReviewer: string;

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    await registerOrgChart(test);
    submitter = await test.token('lan', 'dept-heritage', 'submitter');
    ministryReviewer = await test.token('minh', 'ministry-culture', 'reviewer');
    councilReviewer = await test.token('hoa', 'central-council', 'reviewer');
  });
  afterAll(() => test.close());

  async function createAndSubmit(kind: string, payload: object): Promise<string> {
    const created = await http.post('/dossiers', { kind, payload }, submitter).expect(201);
    await http.post(`/dossiers/${created.body.dossierId}/submit`, {}, submitter).expect(200);
    return created.body.dossierId;
  }

  async function whenStepOpens(id: string, round: number, step: number) {
    return eventually(async () => {
      const { body } = await http.get(`/dossiers/${id}`, submitter);
      return body.status === 'in_review' && body.review.round === round && body.step === step ? body : undefined;
    }, 15_000, `step ${step} of round ${round} to open`);
  }

  it('takes a ministry department plan through the ministry and the Central Council to approval', async () => {
    const id = await createAndSubmit('implementation_plan', implementationPlan);
    const first = await whenStepOpens(id, 1, 0);
    expect(first.review.route.map((step: { orgId: string }) => step.orgId)).toEqual(['ministry-culture', 'central-council']);

    await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0, comment: 'Complete and measurable' }, ministryReviewer).expect(200);
    await whenStepOpens(id, 1, 1);
    await http.post(`/dossiers/${id}/approve`, { round: 1, step: 1 }, councilReviewer).expect(200);

    const approved = await eventually(async () => {
      const { body } = await http.get(`/dossiers/${id}`, submitter);
      return body.status === 'approved' ? body : undefined;
    });
    expect(approved.status).toBe('approved');

    const { body: history } = await http.get(`/dossiers/${id}/history`, councilReviewer).expect(200);
    expect(history.map((entry: { type: string }) => entry.type)).toEqual([
      'DossierCreated',
      'DossierSubmitted',
      'ReviewRequested',
      'ReviewApproved',
      'ReviewRequested',
      'ReviewApproved',
      'DossierApproved',
    ]);
    const approvals = history.filter((entry: { type: string }) => entry.type === 'ReviewApproved');
    expect(approvals.map((entry: { actor: string; role: string; organisation: string }) => [entry.actor, entry.role, entry.organisation])).toEqual([
      ['minh', 'reviewer', 'ministry-culture'],
      ['hoa', 'reviewer', 'central-council'],
    ]);
    expect(approvals[0].comment).toBe('Complete and measurable');
    expect(history[0]).toMatchObject({ actor: 'lan', role: 'submitter', organisation: 'dept-heritage' });
  });

  it('returns for revision, and a resubmission starts a fresh round at the first step', async () => {
    const id = await createAndSubmit('implementation_plan', implementationPlan);
    await whenStepOpens(id, 1, 0);
    await http.post(`/dossiers/${id}/return`, { round: 1, step: 0, reason: 'Add a target for content 2' }, ministryReviewer).expect(200);
    const returned = (await http.get(`/dossiers/${id}`, submitter)).body;
    expect(returned).toMatchObject({ status: 'returned', reason: 'Add a target for content 2' });

    const revised = { ...implementationPlan, title: `${implementationPlan.title} (revised)` };
    await http.patch(`/dossiers/${id}`, { payload: revised }, submitter).expect(200);
    await http.post(`/dossiers/${id}/submit`, { comment: 'Target added' }, submitter).expect(200);
    const second = await whenStepOpens(id, 2, 0);
    expect(second.content.payload.title).toContain('(revised)');
  });

  it('rejects with a reason', async () => {
    const id = await createAndSubmit('implementation_plan', implementationPlan);
    await whenStepOpens(id, 1, 0);
    await http.post(`/dossiers/${id}/reject`, { round: 1, step: 0, reason: 'Duplicates plan 12/KH' }, ministryReviewer).expect(200);
    expect((await http.get(`/dossiers/${id}`, submitter)).body).toMatchObject({ status: 'rejected', reason: 'Duplicates plan 12/KH' });
  });

  it('lets the submitter withdraw before the final decision, and then nobody can act on it', async () => {
    const id = await createAndSubmit('implementation_plan', implementationPlan);
    await whenStepOpens(id, 1, 0);
    await http.post(`/dossiers/${id}/withdraw`, { reason: 'Submitted by mistake' }, submitter).expect(200);
    expect((await http.get(`/dossiers/${id}`, submitter)).body.status).toBe('withdrawn');
    const late = await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, ministryReviewer);
    expect(late.status).toBe(409);
    expect(late.body.details.current.status).toBe('withdrawn');
  });

  it('stops a nomination for a ministry certificate at the ministry, which decides it', async () => {
    const id = await createAndSubmit('award_nomination', awardNomination('ministry_certificate'));
    const open = await whenStepOpens(id, 1, 0);
    expect(open.review.route.map((step: { orgId: string }) => step.orgId)).toEqual(['ministry-culture']);
    await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, ministryReviewer).expect(200);
    const decided = await eventually(async () => {
      const { body } = await http.get(`/dossiers/${id}`, submitter);
      return body.status === 'approved' ? body : undefined;
    });
    expect(decided.status).toBe('approved');
  });

  it('lets exactly one of two concurrent approvals of the same step win; the other gets 409 and nothing is appended', async () => {
    const id = await createAndSubmit('implementation_plan', implementationPlan);
    await whenStepOpens(id, 1, 0);
    const before = (await http.get(`/dossiers/${id}/history`, submitter)).body.length;
    const other = await test.token('tuan', 'ministry-culture', 'reviewer');
    const responses = await Promise.all([
      http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, ministryReviewer),
      http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, other),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(loser.body.details.current).toBeDefined();
    const history = (await http.get(`/dossiers/${id}/history`, submitter)).body as { type: string }[];
    expect(history.slice(before).filter((entry) => entry.type === 'ReviewApproved')).toHaveLength(1);
  });

  it('answers the same command sent twice with the first result and appends nothing more', async () => {
    const key = `create-${Date.now()}-retry`;
    const first = await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan }, submitter, { 'idempotency-key': key }).expect(201);
    const again = await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan }, submitter, { 'idempotency-key': key }).expect(201);
    expect(again.body.dossierId).toBe(first.body.dossierId);
    expect(again.body.repeated).toBe(true);
    expect(again.body.events).toEqual(first.body.events);
    expect((await http.get(`/dossiers/${first.body.dossierId}/history`, submitter)).body).toHaveLength(1);

    const reused = await http.post('/dossiers', { kind: 'implementation_plan', payload: { ...implementationPlan, title: 'Other' } }, submitter, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
  });

  describe('refusals append nothing', () => {
    let id: string;
    let historyLength: number;

    beforeAll(async () => {
      id = await createAndSubmit('implementation_plan', implementationPlan);
      await whenStepOpens(id, 1, 0);
      historyLength = (await http.get(`/dossiers/${id}/history`, submitter)).body.length;
    });
    afterEach(async () => {
      expect((await http.get(`/dossiers/${id}/history`, submitter)).body).toHaveLength(historyLength);
    });

    it('no token: 401', async () => {
      const response = await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('a token signed with another key: 401', async () => {
      const forged = (await test.token('minh', 'ministry-culture', 'reviewer')).replace(/.{4}$/, 'AAAA');
      expect((await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, forged)).status).toBe(401);
    });

    it('a reviewer of another organisation: 403', async () => {
      const justice = await test.token('an', 'ministry-justice', 'reviewer');
      const response = await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, justice);
      expect(response.status).toBe(403);
      expect(response.body.details.code).toBe('not_allowed');
    });

    it('the right organisation in the wrong role: 403', async () => {
      const clerk = await test.token('binh', 'ministry-culture', 'submitter');
      expect((await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, clerk)).status).toBe(403);
    });

    it('a submitter of another unit withdrawing: 403', async () => {
      const stranger = await test.token('cuong', 'dept-digital', 'submitter');
      expect((await http.post(`/dossiers/${id}/withdraw`, {}, stranger)).status).toBe(403);
    });

    it('a bad body: 400 naming the problem', async () => {
      const response = await http.post(`/dossiers/${id}/approve`, { round: 'one', step: 0, extra: true }, ministryReviewer);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.details)).toContain('round');
      expect(JSON.stringify(response.body.details)).toContain('extra');
    });

    it('an invalid dossier id: 400', async () => {
      expect((await http.post('/dossiers/not-a-uuid/approve', { round: 1, step: 0 }, ministryReviewer)).status).toBe(400);
    });
  });

  it("lists dossiers with filters and cursor pages, and shows each organisation's inbox and counts", async () => {
    const ids = [
      await createAndSubmit('implementation_plan', implementationPlan),
      await createAndSubmit('implementation_plan', implementationPlan),
      await createAndSubmit('award_nomination', awardNomination('ministry_certificate')),
    ];
    const submitted = await whenStepOpens(ids[2], 1, 0);
    // Read models follow the log within moments; afterPosition waits for this client's own write.
    const inbox = await eventually(async () => {
      const response = await http.get(`/organisations/ministry-culture/inbox?afterPosition=${submitted.position}&limit=100`, ministryReviewer).expect(200);
      const listed = response.body.items.map((row: { id: string }) => row.id);
      return ids.every((id) => listed.includes(id)) ? response : undefined;
    }, 20_000, 'the inbox to list the new dossiers');
    expect(inbox.body.items.every((row: { currentReviewerOrgId: string }) => row.currentReviewerOrgId === 'ministry-culture')).toBe(true);

    const plans = await http.get(`/dossiers?kind=implementation_plan&status=in_review&org=dept-heritage&limit=1`, submitter).expect(200);
    expect(plans.body.items).toHaveLength(1);
    const seen = [plans.body.items[0].id];
    for (let cursor = plans.body.nextCursor; cursor; ) {
      const page = await http.get(`/dossiers?kind=implementation_plan&status=in_review&org=dept-heritage&limit=1&cursor=${encodeURIComponent(cursor)}`, submitter).expect(200);
      seen.push(...page.body.items.map((row: { id: string }) => row.id));
      cursor = page.body.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids.slice(0, 2)));
    expect(seen).not.toContain(ids[2]);

    const statistics = await http.get('/statistics/dossiers', councilReviewer).expect(200);
    const heritage = statistics.body.byOwner.find((row: { orgId: string }) => row.orgId === 'dept-heritage');
    expect(heritage).toBeDefined();
    expect(JSON.stringify(statistics.body.reviewLoad)).toContain('ministry-culture');

    expect((await http.get('/dossiers?limit=1000', submitter)).status).toBe(400);
    expect((await http.get('/dossiers?cursor=garbage', submitter)).status).toBe(400);
  });

  it('refuses an invalid payload with 422 and the issues, creating nothing', async () => {
    const response = await http.post('/dossiers', { kind: 'implementation_plan', payload: { title: '' } }, submitter);
    expect(response.status).toBe(422);
    expect(response.body.details.issues.length).toBeGreaterThan(0);
  });
});
