import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { awardNomination, implementationPlan } from './support/payloads';
import { startTestApp, TestApp } from './support/test-app';

type Row = { id: string; orgId?: string; ownerOrgId?: string };

/**
 * central-council ─┬─ ministry-culture ─┬─ dept-heritage
 *                  │                    └─ dept-digital
 *                  └─ ministry-justice
 * A role reaches its organisation and everything below it; reads, lists and administration stop there.
 */
describe('subtree scoping', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let cultureDossier: string;
  let lastPosition: number;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    await registerOrgChart(test);
    const register = { orgId: 'dept-civil', name: 'Department of Civil Status', level: 'unit', parentId: 'ministry-justice' };
    await http.post('/organisations', register, await test.token('admin-1', 'central-council', 'admin')).expect(201);
    Object.assign(tokens, {
      heritage: await test.token('lan', 'dept-heritage', 'submitter'),
      civil: await test.token('thu', 'dept-civil', 'submitter'),
      culture: await test.token('minh', 'ministry-culture', 'reviewer'),
      justice: await test.token('an', 'ministry-justice', 'reviewer'),
      council: await test.token('hoa', 'central-council', 'reviewer'),
      cultureAdmin: await test.token('quan', 'ministry-culture', 'admin'),
      councilAdmin: await test.token('admin-1', 'central-council', 'admin'),
      justiceAuditor: await test.tokenWith({ userId: 'kiem', orgId: 'ministry-justice', roles: ['auditor'] }),
      nationalAuditor: await test.tokenWith({ userId: 'kiem', orgId: 'ministry-justice', roles: ['auditor'], scope: 'national' }),
      councilMember: await test.token('uy-vien', 'central-council', 'council_member'),
    });
    cultureDossier = await submitted(tokens.heritage, 'implementation_plan', implementationPlan);
    await submitted(tokens.civil, 'award_nomination', awardNomination('ministry_certificate'));
  });
  afterAll(() => test.close());

  async function submitted(token: string, kind: string, payload: object): Promise<string> {
    const created = await http.post('/dossiers', { kind, payload }, token).expect(201);
    const submit = await http.post(`/dossiers/${created.body.dossierId}/submit`, {}, token).expect(200);
    lastPosition = submit.body.position;
    return created.body.dossierId;
  }

  const ids = (rows: Row[]) => rows.map((row) => row.id);
  const orgsOf = (rows: Row[]) => [...new Set(rows.map((row) => row.orgId ?? row.ownerOrgId))].sort();

  describe('reading one dossier', () => {
    it.each([
      ['its own unit', 'heritage', 200],
      ['the ministry above it', 'culture', 200],
      ['the Central Council', 'council', 200],
      ['a council member', 'councilMember', 200],
      ['another ministry', 'justice', 403],
      ['a unit of another ministry', 'civil', 403],
      ["another ministry's auditor", 'justiceAuditor', 403],
      ['an auditor granted national reach', 'nationalAuditor', 200],
    ])('%s (%s): %d, for the dossier and its history', async (_label, who, status) => {
      expect((await http.get(`/dossiers/${cultureDossier}`, tokens[who])).status).toBe(status);
      expect((await http.get(`/dossiers/${cultureDossier}/history`, tokens[who])).status).toBe(status);
    });
  });

  describe('lists', () => {
    it("shows another ministry's reviewer none of the culture ministry's dossiers, even unfiltered", async () => {
      const all = await eventually(async () => {
        const { body } = await http.get(`/dossiers?limit=100&afterPosition=${lastPosition}`, tokens.council).expect(200);
        return body.items.length >= 2 ? (body.items as Row[]) : undefined;
      });
      expect(orgsOf(all)).toEqual(['dept-civil', 'dept-heritage']);
      const justice = (await http.get('/dossiers?limit=100', tokens.justice).expect(200)).body.items as Row[];
      expect(ids(justice)).not.toContain(cultureDossier);
      expect(orgsOf(justice)).toEqual(['dept-civil']);
      const national = (await http.get('/dossiers?limit=100', tokens.nationalAuditor).expect(200)).body.items as Row[];
      expect(ids(national)).toContain(cultureDossier);
    });

    it('refuses to filter by an organisation outside reach', async () => {
      expect((await http.get('/dossiers?org=dept-heritage', tokens.justice)).status).toBe(403);
      expect((await http.get('/organisations/ministry-culture/inbox', tokens.justice)).status).toBe(403);
      expect((await http.get('/organisations/ministry-culture/inbox', tokens.culture)).status).toBe(200);
    });

    it('counts only the organisations within reach in the statistics', async () => {
      await eventually(async () => {
        const { body } = await http.get('/statistics/dossiers', tokens.council).expect(200);
        return body.byOwner.length >= 2 ? body : undefined;
      });
      const justice = (await http.get('/statistics/dossiers', tokens.justice).expect(200)).body;
      expect(orgsOf(justice.byOwner)).toEqual(['dept-civil']);
      expect(orgsOf(justice.reviewLoad)).toEqual(['ministry-justice']);
      const culture = (await http.get('/statistics/dossiers', tokens.culture).expect(200)).body;
      expect(orgsOf(culture.byOwner)).toEqual(['dept-heritage']);
    });

    it("shows deadlines of the caller's own organisation unless it reads nationally", async () => {
      const justice = (await http.get('/deadlines/upcoming?withinWorkingDays=60', tokens.justice).expect(200)).body as Array<{ dossierId?: string; id?: string }>;
      expect(JSON.stringify(justice)).not.toContain(cultureDossier);
      const council = (await http.get('/deadlines/upcoming?withinWorkingDays=60', tokens.council).expect(200)).body;
      expect(JSON.stringify(council)).toContain(cultureDossier);
      expect((await http.get('/deadlines/overdue?org=ministry-culture', tokens.justice)).status).toBe(403);
    });
  });

  describe('administration', () => {
    it('lets a ministry administrator register and rename within its subtree only', async () => {
      const unit = { orgId: 'dept-libraries', name: 'Department of Libraries', level: 'unit', parentId: 'ministry-culture' };
      await http.post('/organisations', unit, tokens.cultureAdmin).expect(201);
      await http.post('/organisations/dept-libraries/rename', { name: 'Department of Libraries and Archives' }, tokens.cultureAdmin).expect(200);
      const elsewhere = { orgId: 'dept-prisons', name: 'Department of Prisons', level: 'unit', parentId: 'ministry-justice' };
      expect((await http.post('/organisations', elsewhere, tokens.cultureAdmin)).status).toBe(403);
      expect((await http.post('/organisations/dept-civil/rename', { name: 'Mine now' }, tokens.cultureAdmin)).status).toBe(403);
    });

    it('does not let a ministry administrator move or retire its own ministry, or move a unit out of its reach', async () => {
      expect((await http.post('/organisations/ministry-culture/retire', {}, tokens.cultureAdmin)).status).toBe(403);
      expect((await http.post('/organisations/ministry-culture/move', { parentId: 'ministry-justice' }, tokens.cultureAdmin)).status).toBe(403);
      expect((await http.post('/organisations/dept-digital/move', { parentId: 'ministry-justice' }, tokens.cultureAdmin)).status).toBe(403);
      await http.post('/organisations/dept-libraries/retire', {}, tokens.cultureAdmin).expect(200);
    });

    it("keeps calendar days and parked jobs to the Central Council's administrators", async () => {
      const day = { kind: 'working_day', reason: 'Swapped working day' };
      expect((await http.put('/calendar/days/2026-09-05', day, tokens.cultureAdmin)).status).toBe(403);
      expect((await http.get('/jobs/parked', tokens.cultureAdmin)).status).toBe(403);
      await http.put('/calendar/days/2026-09-05', day, tokens.councilAdmin).expect(200);
    });

    it('lets an administrator manage the webhooks of its subtree only', async () => {
      const hook = { url: 'https://hooks.example.gov.vn/culture' };
      const created = await http.post('/webhooks', { ...hook, orgId: 'dept-heritage' }, tokens.cultureAdmin).expect(201);
      expect(created.body.orgId).toBe('dept-heritage');
      expect((await http.post('/webhooks', { ...hook, orgId: 'ministry-justice' }, tokens.cultureAdmin)).status).toBe(403);
      expect((await http.post('/webhooks', hook, tokens.culture)).status).toBe(403);
      const listed = await eventually(async () => {
        const { body } = await http.get('/webhooks?org=dept-heritage', tokens.cultureAdmin).expect(200);
        return body.length > 0 ? body : undefined;
      });
      expect(listed[0]).not.toHaveProperty('secret');
      const justiceAdmin = await test.token('tam', 'ministry-justice', 'admin');
      expect((await http.delete(`/webhooks/${created.body.webhookId}`, justiceAdmin)).status).toBe(403);
      await http.delete(`/webhooks/${created.body.webhookId}`, tokens.cultureAdmin).expect(200);
    });
  });

  describe('roles held in several organisations', () => {
    it('acts in each organisation through the role held there, and the history names that organisation', async () => {
      const both = await test.tokenWith({ userId: 'vy', orgId: 'dept-heritage', roles: ['submitter'], grants: [{ org: 'ministry-culture', role: 'reviewer' }] });
      const id = await submitted(both, 'implementation_plan', implementationPlan);
      await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, both).expect(200);
      const history = (await http.get(`/dossiers/${id}/history`, both).expect(200)).body as Array<{ type: string; organisation: string; role: string }>;
      expect(history.find((entry) => entry.type === 'DossierCreated')).toMatchObject({ organisation: 'dept-heritage', role: 'submitter' });
      expect(history.find((entry) => entry.type === 'ReviewApproved')).toMatchObject({ organisation: 'ministry-culture', role: 'reviewer' });
    });

    it('never lets the national scope widen a role that writes', async () => {
      const reviewer = await test.tokenWith({ userId: 'x', orgId: 'ministry-justice', roles: ['reviewer'], scope: 'national' });
      expect((await http.get(`/dossiers/${cultureDossier}`, reviewer)).status).toBe(403);
    });
  });
});
