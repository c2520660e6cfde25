import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { startTestApp, TestApp } from './support/test-app';

const AGENCIES = ['hanoi-a', 'hanoi-b', 'hanoi-c', 'hanoi-d'];
const ID = 'hanoi-2025-03-03';
const shared = (targetId: string, metric: string, target: number) => ({ targetId, metric, unit: 'percent', comparator: 'gte', target, dueDate: '2030-12-31' });

/** The joint agreement four Hanoi city agencies signed on 3 March 2025 (an excerpt of its nine targets). */
const AGREEMENT = {
  agreementId: ID,
  title: 'Joint emulation agreement on innovation and digital transformation, Hanoi 2025',
  signatories: AGENCIES,
  period: { from: '2025-03-03', to: '2030-12-31' },
  targets: [
    shared('online-users', 'Users of online public services', 100),
    { ...shared('digital-economy', 'Digital economy share of GRDP', 35), nationalContent: 4 },
    shared('satisfaction', 'Citizen and business satisfaction', 95),
  ],
};

/** Four city agencies propose and sign a joint agreement through the real API; it is in force only after the last signature. */
describe('joint emulation agreements', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  const reviewer: Record<string, string> = {};
  let proposer: string;

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    await registerOrgChart(test);
    const admin = await test.token('admin-1', 'central-council', 'admin');
    const hanoi = [{ orgId: 'hanoi', name: 'Hanoi', level: 'province', parentId: 'central-council' }].concat(
      AGENCIES.map((orgId) => ({ orgId, name: `Hanoi city agency ${orgId.slice(-1).toUpperCase()}`, level: 'unit', parentId: 'hanoi' })),
    );
    for (const org of hanoi) await http.post('/organisations', org, admin).expect(201);
    for (const orgId of [...AGENCIES, 'hanoi', 'ministry-justice']) reviewer[orgId] = await test.token(`head-${orgId}`, orgId, 'reviewer');
    proposer = await test.token('lan', 'hanoi-a', 'submitter');
  });
  afterAll(() => test.close());

  const agreement = async () => (await http.get(`/agreements/${ID}`, reviewer['hanoi-b']).expect(200)).body;
  const sign = (orgId: string, token = reviewer[orgId], headers: Record<string, string> = {}) => http.post(`/agreements/${ID}/sign`, { orgId }, token, headers);

  it('refuses terms the domain cannot accept, listing every issue, and records nothing', async () => {
    const bad = { ...AGREEMENT, signatories: ['hanoi-a', 'hanoi-z'], targets: [{ ...AGREEMENT.targets[0], target: 120 }] };
    const response = await http.post('/agreements', bad, proposer);
    expect(response.status).toBe(422);
    expect(response.body.details.issues).toEqual([
      { path: 'signatories', message: 'no active organisation hanoi-z' },
      { path: 'targets.0.target', message: 'a percentage is at most 100' },
    ]);
    expect((await http.get(`/agreements/${ID}`, reviewer['hanoi-a'])).status).toBe(404);
    expect((await http.post('/agreements', { ...AGREEMENT, unknown: 1 }, proposer)).status).toBe(400);
  });

  it('is proposed by a submitter of one agency and signed by each, in force only after the last signature', async () => {
    const proposed = await http.post('/agreements', AGREEMENT, proposer).expect(201);
    expect(proposed.body).toMatchObject({ agreementId: ID, status: 'proposed', awaitingSignature: AGENCIES, repeated: false });

    for (const orgId of AGENCIES.slice(0, 3)) {
      const signed = await sign(orgId).expect(200);
      expect(signed.body.status).toBe('proposed');
      expect(signed.body.events.map((e: { type: string }) => e.type)).toEqual(['AgreementSigned']);
    }
    expect(await agreement()).toMatchObject({ status: 'proposed', awaitingSignature: ['hanoi-d'], inForceAt: null, revision: 3 });

    // A reviewer of an organisation that is no signatory is refused, and nothing is recorded.
    const outsider = await sign('ministry-justice');
    expect(outsider.status).toBe(403);
    expect(outsider.body.details).toMatchObject({ code: 'not_allowed', reason: 'not_owner_org' });
    expect(await agreement()).toMatchObject({ status: 'proposed', revision: 3 });

    const last = await sign('hanoi-d', reviewer['hanoi-d'], { 'idempotency-key': 'sign-hanoi-d-0001' }).expect(200);
    expect(last.body).toMatchObject({ status: 'in_force', awaitingSignature: [] });
    expect(last.body.events.map((e: { type: string }) => e.type)).toEqual(['AgreementSigned', 'AgreementInForce']);
    const again = await sign('hanoi-d', reviewer['hanoi-d'], { 'idempotency-key': 'sign-hanoi-d-0001' }).expect(200);
    expect(again.body).toMatchObject({ repeated: true, events: last.body.events });

    const inForce = await agreement();
    expect(inForce).toMatchObject({ status: 'in_force', revision: 5, proposerOrgId: 'hanoi-a', period: AGREEMENT.period });
    expect(Object.keys(inForce.signatures).sort()).toEqual(AGENCIES);
    expect(inForce.progress.targets.map((p: { target: { targetId: string } }) => p.target.targetId)).toEqual(['online-users', 'digital-economy', 'satisfaction']);
  });

  describe('refusals append nothing', () => {
    let revision: number;
    beforeAll(async () => (revision = (await agreement()).revision));
    afterEach(async () => expect((await agreement()).revision).toBe(revision));

    it('a signatory signing for another: 403', async () => {
      const response = await sign('hanoi-d', reviewer['hanoi-b']);
      expect(response.status).toBe(403);
      expect(response.body.details).toMatchObject({ code: 'not_allowed', reason: 'out_of_scope' });
    });

    it('signing twice, or cancelling once in force: 409', async () => {
      expect((await sign('hanoi-a')).status).toBe(409);
      const cancel = await http.post(`/agreements/${ID}/cancel`, { reason: 'Merged into the city-wide agreement' }, reviewer['hanoi-c']);
      expect(cancel.status).toBe(409);
      expect(cancel.body.details.code).toBe('invalid_transition');
    });

    it('the proposer role signing: 403', async () => {
      expect((await sign('hanoi-a', proposer)).status).toBe(403);
    });
  });

  it('lists the agreements an organisation signed, from the read model', async () => {
    const listed = await eventually(async () => {
      const { body } = await http.get('/agreements?org=hanoi-c&status=in_force', reviewer['hanoi-c']).expect(200);
      return body.length === 1 ? body : undefined;
    });
    const { progress: _progress, ...single } = await agreement();
    expect(listed[0]).toEqual(single);
    expect((await http.get('/agreements?org=ministry-justice', reviewer['ministry-justice']).expect(200)).body).toEqual([]);
  });

  it('is called off before it is in force by a signatory, with a reason', async () => {
    const draft = { ...AGREEMENT, agreementId: 'hanoi-2025-draft', signatories: ['hanoi-a', 'hanoi-b'] };
    await http.post('/agreements', draft, proposer).expect(201);
    const cancelled = await http.post('/agreements/hanoi-2025-draft/cancel', { orgId: 'hanoi-b', reason: 'Replaced by the four-agency agreement' }, reviewer['hanoi-b']).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const { body } = await http.get('/agreements/hanoi-2025-draft', reviewer['hanoi-a']).expect(200);
    expect(body.cancellation).toEqual({ orgId: 'hanoi-b', reason: 'Replaced by the four-agency agreement' });
  });

  it('shows progress toward a shared target from the signatories’ approved yearly reports', async () => {
    const submitter = await test.token('thu', 'hanoi-c', 'submitter');
    const payload = { year: 2025, planRef: ID, values: [{ criterionId: 'satisfaction', actual: 96 }] };
    const { dossierId } = (await http.post('/dossiers', { kind: 'yearly_report', payload }, submitter).expect(201)).body;
    await http.post(`/dossiers/${dossierId}/submit`, {}, submitter).expect(200);
    await eventually(async () => ((await http.get(`/dossiers/${dossierId}`, submitter)).body.status === 'in_review' ? true : undefined));
    await http.post(`/dossiers/${dossierId}/approve`, { round: 1, step: 0 }, reviewer.hanoi).expect(200);
    const satisfaction = await eventually(async () => {
      const found = (await agreement()).progress.targets.find((p: { target: { targetId: string } }) => p.target.targetId === 'satisfaction');
      return found.actual === null ? undefined : found;
    });
    expect(satisfaction).toMatchObject({ actual: 96, attainment: 1, met: true, contributions: [{ orgId: 'hanoi-c', year: 2025, actual: 96 }] });
  });
});
