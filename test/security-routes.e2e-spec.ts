import request from 'supertest';
import { policyOf } from '../apps/api/src/access/route-policies';
import { api } from './support/http';
import { IdentityClaims, testIdentityProvider, TokenOptions } from './support/identity-provider';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { controllerHandlers, servedRoutes } from './support/routes';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

type Role = 'submitter' | 'reviewer' | 'admin';
interface Ids {
  dossier: string;
  webhook: string;
  agreement: string;
  nomination: string;
}

/**
 * One line per route the API serves. `foreign`: the role the route needs, held in an organisation
 * that does not reach what the request names (null when the route names nothing: any role may
 * read it). `auditor`: what a national auditor (read-only) gets.
 */
interface RouteCase {
  path: (ids: Ids) => string;
  body?: object;
  public?: true;
  foreign?: { role: Role; org: string } | null;
  auditor?: 'allowed' | 403;
  /** What an allowed caller gets when it is not 200 (the request passes access and is answered on its merits). */
  allowedStatus?: number;
}

const REVIEW = { round: 1, step: 0, reason: 'Checked' };
/** A movement of its own (no parent), and the national one launched before the routes are tried. */
const MOVEMENT = {
  name: 'The whole country competes in innovation and digital transformation',
  implementsRef: '57-NQ/TW',
  period: { from: '2025-01-01', to: '2030-12-31' },
  phases: [{ number: 1, firstYear: 2025, lastYear: 2030, summary: 'final_summary', summaryYear: 2030 }],
  contents: [{ number: 1, title: 'Digital transformation of agencies' }],
};
const WINDOW = { windowId: 'plans-2025-q2', kind: 'implementation_plan', appliesTo: { levels: ['ministry'] }, dueOn: '2025-06-30' };
const AGREEMENT = {
  agreementId: 'culture-2025-02',
  title: 'Joint emulation agreement of two departments',
  proposerOrgId: 'dept-heritage',
  signatories: ['dept-heritage', 'dept-digital'],
  period: { from: '2025-03-03', to: '2030-12-31' },
  targets: [{ targetId: 'documents-digital', metric: 'Documents processed digitally', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2030-12-31' }],
};
const NOMINATION = {
  orgId: 'dept-heritage',
  form: 'unit_certificate',
  nominee: { kind: 'collective', key: 'dept-heritage', name: 'Department of Cultural Heritage' },
  achievement: { key: 'dept-heritage:2025', year: 2025, description: 'All heritage records digitised' },
};
const HONOURS = { nomineeKey: 'dept-heritage', nomineeKind: 'collective', orgId: 'dept-heritage', year: 2025 };
const ROUTES: Record<string, RouteCase> = {
  'GET /health': { path: () => '/health', public: true },
  'GET /metrics': { path: () => '/metrics', public: true },
  'GET /organisations': { path: () => '/organisations', foreign: null, auditor: 'allowed' },
  'POST /organisations': {
    path: () => '/organisations',
    body: { orgId: 'dept-archives', name: 'Department of Archives', level: 'unit', parentId: 'ministry-culture' },
    foreign: { role: 'admin', org: 'ministry-justice' },
    auditor: 403,
  },
  'POST /organisations/:id/rename': { path: () => '/organisations/dept-digital/rename', body: { name: 'Renamed' }, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'POST /organisations/:id/move': { path: () => '/organisations/dept-digital/move', body: { parentId: 'ministry-justice' }, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'POST /organisations/:id/retire': { path: () => '/organisations/dept-digital/retire', body: {}, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'GET /organisations/:id/inbox': { path: () => '/organisations/ministry-culture/inbox', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'POST /dossiers': {
    path: () => '/dossiers',
    body: { kind: 'implementation_plan', orgId: 'dept-heritage', payload: implementationPlan },
    foreign: { role: 'submitter', org: 'ministry-justice' },
    auditor: 403,
  },
  'GET /dossiers': { path: () => '/dossiers?org=dept-heritage', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'GET /dossiers/:id': { path: (ids) => `/dossiers/${ids.dossier}`, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'GET /dossiers/:id/history': { path: (ids) => `/dossiers/${ids.dossier}/history`, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'PATCH /dossiers/:id': { path: (ids) => `/dossiers/${ids.dossier}`, body: { payload: implementationPlan }, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/submit': { path: (ids) => `/dossiers/${ids.dossier}/submit`, body: {}, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/withdraw': { path: (ids) => `/dossiers/${ids.dossier}/withdraw`, body: {}, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/approve': { path: (ids) => `/dossiers/${ids.dossier}/approve`, body: { round: 1, step: 0 }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/return': { path: (ids) => `/dossiers/${ids.dossier}/return`, body: REVIEW, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/reject': { path: (ids) => `/dossiers/${ids.dossier}/reject`, body: REVIEW, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/hold': { path: (ids) => `/dossiers/${ids.dossier}/hold`, body: { reason: 'investigation' }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/release': { path: (ids) => `/dossiers/${ids.dossier}/release`, body: {}, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /dossiers/:id/migrate-rule-set': {
    path: (ids) => `/dossiers/${ids.dossier}/migrate-rule-set`,
    body: { toVersion: 'vn-ec-2025.07' },
    foreign: { role: 'admin', org: 'ministry-justice' },
    auditor: 403,
  },
  'GET /statistics/dossiers': { path: () => '/statistics/dossiers', foreign: null, auditor: 'allowed' },
  'GET /deadlines/overdue': { path: () => '/deadlines/overdue?org=ministry-culture', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'GET /deadlines/upcoming': { path: () => '/deadlines/upcoming?org=ministry-culture', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'POST /webhooks': { path: () => '/webhooks', body: { orgId: 'dept-heritage', url: 'https://hooks.example.gov.vn/emulation' }, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'GET /webhooks': { path: () => '/webhooks?org=dept-heritage', foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'DELETE /webhooks/:id': { path: (ids) => `/webhooks/${ids.webhook}`, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'GET /webhooks/dead-letters': { path: () => '/webhooks/dead-letters?org=dept-heritage', foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'GET /jobs/parked': { path: () => '/jobs/parked', foreign: { role: 'admin', org: 'ministry-culture' }, auditor: 403 },
  'GET /calendar/:year': { path: () => '/calendar/2026', foreign: null, auditor: 'allowed' },
  'POST /movements': {
    path: () => '/movements',
    body: { ...MOVEMENT, movementId: 'moc-2025', orgId: 'ministry-culture' },
    foreign: { role: 'admin', org: 'ministry-justice' },
    auditor: 403,
  },
  'POST /movements/:id/windows': { path: () => '/movements/national/windows', body: WINDOW, foreign: { role: 'admin', org: 'ministry-culture' }, auditor: 403 },
  'POST /movements/:id/close': { path: () => '/movements/national/close', body: {}, foreign: { role: 'admin', org: 'ministry-culture' }, auditor: 403 },
  'GET /movements': { path: () => '/movements', foreign: null, auditor: 'allowed' },
  'GET /movements/:id': { path: () => '/movements/national', foreign: null, auditor: 'allowed' },
  'GET /movements/:id/plan-tree': { path: () => '/movements/national/plan-tree', foreign: null, auditor: 'allowed' },
  'GET /movements/:id/missing-plans': { path: () => '/movements/national/missing-plans', foreign: null, auditor: 'allowed' },
  'PUT /calendar/days/:date': { path: () => '/calendar/days/2026-09-03', body: { kind: 'day_off', reason: 'Bridge day' }, foreign: { role: 'admin', org: 'ministry-culture' }, auditor: 403 },
  'POST /agreements': { path: () => '/agreements', body: AGREEMENT, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'POST /agreements/:id/sign': { path: (ids) => `/agreements/${ids.agreement}/sign`, body: { orgId: 'dept-digital' }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /agreements/:id/cancel': { path: (ids) => `/agreements/${ids.agreement}/cancel`, body: { orgId: 'dept-digital', reason: 'Replaced' }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'GET /agreements/:id': { path: (ids) => `/agreements/${ids.agreement}`, foreign: null, auditor: 'allowed' },
  'GET /agreements': { path: () => '/agreements?org=dept-heritage', foreign: null, auditor: 'allowed' },
  // Allowed, and then refused on its merits: the ministry has no approved plan to summarise against.
  'GET /organisations/:id/summary': { path: () => '/organisations/ministry-culture/summary?kind=preliminary_summary', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed', allowedStatus: 422 },
  'POST /organisations/:id/summary-dossier': { path: () => '/organisations/ministry-culture/summary-dossier', body: { kind: 'preliminary_summary', narrative: 'Phase 1' }, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'GET /rankings': { path: () => '/rankings?level=unit&under=ministry-culture&year=2026', foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'POST /personal-data/:subject/forget': { path: () => '/personal-data/nv-0042/forget', body: { reason: 'Request of the person' }, foreign: { role: 'admin', org: 'ministry-culture' }, auditor: 403 },
  'POST /awards/nominations': { path: () => '/awards/nominations', body: { ...NOMINATION, achievement: { ...NOMINATION.achievement, key: 'other' } }, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'GET /awards/nominations/:id': { path: (ids) => `/awards/nominations/${ids.nomination}`, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 'allowed' },
  'POST /awards/nominations/:id/votes': { path: (ids) => `/awards/nominations/${ids.nomination}/votes`, body: { members: 5, for: 5, against: 0, abstain: 0 }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /awards/nominations/:id/revoke': { path: (ids) => `/awards/nominations/${ids.nomination}/revoke`, body: { reason: 'Fraud' }, foreign: { role: 'admin', org: 'ministry-justice' }, auditor: 403 },
  'POST /awards/nominations/:id/withdraw': { path: (ids) => `/awards/nominations/${ids.nomination}/withdraw`, body: {}, foreign: { role: 'submitter', org: 'ministry-justice' }, auditor: 403 },
  'GET /awards/eligibility': {
    path: () => '/awards/eligibility?nomineeKey=dept-heritage&form=unit_certificate&year=2025&orgId=dept-heritage',
    foreign: { role: 'reviewer', org: 'ministry-justice' },
    auditor: 'allowed',
  },
  'GET /awards/ledger/:nomineeKey': { path: () => '/awards/ledger/dept-heritage', foreign: null, auditor: 'allowed' },
  'POST /honours/annual-results': { path: () => '/honours/annual-results', body: { ...HONOURS, year: 2024, rating: 'good', basisRef: '1/QĐ' }, foreign: { role: 'reviewer', org: 'ministry-justice' }, auditor: 403 },
  'POST /honours/prior-awards': {
    path: () => '/honours/prior-awards',
    body: { ...HONOURS, form: 'unit_certificate', year: 2020, achievementKey: 'dept-heritage:2020', decisionRef: '9/QĐ' },
    foreign: { role: 'reviewer', org: 'ministry-justice' },
    auditor: 403,
  },
};

/** Tokens that must never get past authentication. */
const BAD_TOKENS: Array<[string, TokenOptions]> = [
  ['an expired token', { expiresIn: -3600 }],
  ['a token with a wrong signature', { forged: true }],
  ['a token for another audience', { audience: 'another-api' }],
  ['a token from another issuer', { issuer: 'https://id.elsewhere.example' }],
];

describe('every route refuses callers it must refuse, and a refusal changes nothing', () => {
  let test: TestApp;
  let idp: Awaited<ReturnType<typeof testIdentityProvider>>;
  const ids: Ids = { dossier: '', webhook: '', agreement: '', nomination: '' };

  beforeAll(async () => {
    idp = await testIdentityProvider();
    test = await startTestApp(idp.env, { workers: false });
    await registerOrgChart(test);
    const http = api(test.app);
    const submitter = await test.token('lan', 'dept-heritage', 'submitter');
    ids.dossier = (await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan }, submitter).expect(201)).body.dossierId;
    await http.post(`/dossiers/${ids.dossier}/submit`, {}, submitter).expect(200);
    const councilAdmin = await test.token('admin-1', 'central-council', 'admin');
    ids.webhook = (await http.post('/webhooks', { orgId: 'dept-heritage', url: 'https://hooks.example.gov.vn/emulation' }, councilAdmin).expect(201)).body.webhookId;
    await http.post('/movements', { ...MOVEMENT, movementId: 'national', orgId: 'central-council' }, councilAdmin).expect(201);
    ids.agreement = (await http.post('/agreements', { ...AGREEMENT, agreementId: 'culture-2025-01' }, submitter).expect(201)).body.agreementId;
    const secretariat = await test.token('minh', 'ministry-culture', 'reviewer');
    await http.post('/honours/annual-results', { ...HONOURS, rating: 'good', basisRef: '15/QĐ-BVHTTDL' }, secretariat).expect(201);
    ids.nomination = (await http.post('/awards/nominations', { ...NOMINATION, nominationId: 'heritage-unit-2025' }, submitter).expect(201)).body.nominationId;
  });
  afterAll(() => test.close());

  function send(route: string, token?: string) {
    const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const entry = ROUTES[route];
    let call = request(test.app.getHttpServer())[method](entry.path(ids));
    if (token) call = call.set('authorization', `Bearer ${token}`);
    return entry.body ? call.send(entry.body) : call;
  }

  /** The status, and whether the store's global position moved while the request ran. */
  async function refused(route: string, token?: string): Promise<{ status: number; moved: boolean; body: unknown }> {
    const before = await recordedPosition(test);
    const response = await send(route, token);
    const after = await recordedPosition(test);
    return { status: response.status, moved: after.position !== before.position || after.events !== before.events, body: response.body };
  }

  it('covers every route the application serves, and nothing it does not', () => {
    const served = servedRoutes(test.app).map((route) => `${route.method} ${route.path}`).sort();
    expect(served).toEqual(Object.keys(ROUTES).sort());
  });

  it('has an access policy for every handler of every controller', () => {
    const missing = controllerHandlers(test.app).filter(({ controller, handler }) => !policyOf(controller, handler)).map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  describe.each(Object.keys(ROUTES).filter((route) => !ROUTES[route].public))('%s', (route) => {
    it('no token: 401', async () => {
      expect(await refused(route)).toMatchObject({ status: 401, moved: false });
    });

    it.each(BAD_TOKENS)('%s: 401', async (_label, options) => {
      const token = await idp.sign({ sub: 'hoa', org: 'central-council', roles: ['admin', 'reviewer', 'submitter'] }, options);
      expect(await refused(route, token)).toMatchObject({ status: 401, moved: false });
    });

    const foreign = ROUTES[route].foreign;
    if (foreign) {
      it(`the ${foreign.role} role held in ${foreign.org}, which does not reach the target: 403`, async () => {
        const token = await idp.sign({ sub: 'stranger', org: foreign.org, roles: [foreign.role] });
        const outcome = await refused(route, token);
        expect(outcome).toMatchObject({ status: 403, moved: false, body: { statusCode: 403, details: { code: 'not_allowed' } } });
      });
    }

    const auditor = ROUTES[route].auditor;
    it(`a national auditor (read-only): ${auditor === 403 ? '403' : 'allowed'}`, async () => {
      const claims: IdentityClaims = { sub: 'kiem', org: 'ministry-justice', roles: ['auditor'], scope: 'national' };
      const outcome = await refused(route, await idp.sign(claims));
      if (auditor === 403) expect(outcome).toMatchObject({ status: 403, moved: false });
      else expect(outcome).toMatchObject({ status: ROUTES[route].allowedStatus ?? 200, moved: false });
    });
  });

  describe.each(Object.keys(ROUTES).filter((route) => ROUTES[route].public))('%s (public)', (route) => {
    it('answers without a token', async () => {
      expect((await refused(route)).status).not.toBe(401);
    });
  });
});
