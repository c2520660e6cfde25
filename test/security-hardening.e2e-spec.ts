import request from 'supertest';
import { api } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

/** What every request passes before a route: headers, CORS, body limits and shape, refusals on record. */
describe('HTTP hardening', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let submitter: string;

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    http = api(test.app);
    await registerOrgChart(test);
    submitter = await test.token('lan', 'dept-heritage', 'submitter');
  });
  afterAll(() => test.close());

  const raw = (method: 'post' | 'delete', path: string) => request(test.app.getHttpServer())[method](path).set('authorization', `Bearer ${submitter}`);

  /** Runs a request and checks it appended nothing. */
  async function nothingAppended<T>(send: () => Promise<T>): Promise<T> {
    const before = await recordedPosition(test);
    const response = await send();
    expect(await recordedPosition(test)).toEqual(before);
    return response;
  }

  it('sends security headers and hides the framework', async () => {
    const response = await request(test.app.getHttpServer()).get('/health');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers no browser origin while CORS_ORIGINS is empty', async () => {
    const simple = await request(test.app.getHttpServer()).get('/health').set('origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(test.app.getHttpServer()).options('/dossiers').set('origin', 'https://evil.example').set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['text', 'text/plain', 'kind=implementation_plan'],
    ['a form', 'application/x-www-form-urlencoded', 'kind=implementation_plan'],
    ['XML', 'application/xml', '<dossier/>'],
  ])('refuses a body sent as %s with 415', async (_label, type, body) => {
    const response = await nothingAppended(() => raw('post', '/dossiers').set('content-type', type).send(body));
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });

  it('refuses a body larger than the limit with 413, and broken JSON with 400, in the error shape', async () => {
    const huge = JSON.stringify({ kind: 'implementation_plan', payload: { title: 'x'.repeat(300 * 1024) } });
    const tooLarge = await nothingAppended(() => raw('post', '/dossiers').set('content-type', 'application/json').send(huge));
    expect(tooLarge.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const broken = await nothingAppended(() => raw('post', '/dossiers').set('content-type', 'application/json').send('{"kind": "implementation_plan",'));
    expect(broken.body).toMatchObject({ statusCode: 400, message: 'the request body is not valid JSON' });
  });

  it.each([
    ['a prototype key', '{"kind":"implementation_plan","payload":{"__proto__":{"isAdmin":true}}}', '__proto__'],
    ['a constructor key', '{"kind":"implementation_plan","payload":{"constructor":{"prototype":{"x":1}}}}', 'constructor'],
    ['nesting 40 deep', `{"kind":"implementation_plan","payload":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`, 'nested deeper'],
    ['a NUL character', '{"kind":"implementation_plan","payload":{},"comment":"a\\u0000b"}', 'NUL'],
    ['an unpaired surrogate', '{"kind":"implementation_plan","payload":{},"comment":"\\ud800"}', 'surrogate'],
  ])('refuses a body with %s with 400', async (_label, body, named) => {
    const response = await nothingAppended(() => raw('post', '/dossiers').set('content-type', 'application/json').send(body));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.details)).toContain(named);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses unknown fields, over-long strings, malformed identifiers and oversized pages', async () => {
    const unknown = await nothingAppended(() => http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan, isAdmin: true }, submitter));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.details)).toContain('isAdmin');
    const long = await nothingAppended(() => http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan, comment: 'x'.repeat(2001) }, submitter));
    expect(long.status).toBe(400);
    const badOrg = await nothingAppended(() => http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan, orgId: "x' OR '1'='1" }, submitter));
    expect(badOrg.status).toBe(400);
    expect((await http.get("/organisations/x'%3B--/inbox", submitter)).status).toBe(400);
    expect((await http.get('/dossiers/1%20OR%201=1', submitter)).status).toBe(400);
    expect((await http.get('/dossiers?limit=101', submitter)).status).toBe(400);
    expect((await http.get('/deadlines/overdue?limit=100000', submitter)).status).toBe(400);
  });

  it('refuses a body on a DELETE', async () => {
    const response = await nothingAppended(() => raw('delete', '/webhooks/00000000-0000-4000-8000-000000000000').set('content-type', 'application/json').send('{"force":true}'));
    expect(response.status).toBe(400);
  });

  it('logs and counts every refused attempt in the metrics', async () => {
    await http.get('/dossiers?org=dept-heritage').expect(401);
    await http.post('/organisations', { orgId: 'x-unit', name: 'X', level: 'unit', parentId: 'dept-heritage' }, submitter).expect(403);
    const metrics = (await request(test.app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/emulation_refused_requests_total\{status="401",route="GET \/dossiers"\} [1-9]/);
    expect(metrics).toMatch(/emulation_refused_requests_total\{status="403",route="POST \/organisations"\} [1-9]/);
  });
});

describe('HTTP hardening, configured', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ CORS_ORIGINS: 'https://emulation.gov.vn', WEBHOOK_ALLOW_PRIVATE: 'false' }, { workers: false });
    await registerOrgChart(test);
  });
  afterAll(() => test.close());

  it('answers the configured browser origins only', async () => {
    const server = test.app.getHttpServer();
    const allowed = await request(server).options('/dossiers').set('origin', 'https://emulation.gov.vn').set('access-control-request-method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://emulation.gov.vn');
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    const other = await request(server).get('/health').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses webhooks to loopback, private and link-local addresses when WEBHOOK_ALLOW_PRIVATE=false', async () => {
    const admin = await test.token('admin-1', 'central-council', 'admin');
    const http = api(test.app);
    for (const url of ['http://127.0.0.1:8080/hook', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/hook', 'http://[::1]/hook', 'http://localhost/hook']) {
      const response = await http.post('/webhooks', { url }, admin);
      expect({ url, status: response.status, problem: response.body.details?.problem }).toEqual({ url, status: 400, problem: 'private_destination' });
    }
    for (const url of ['ftp://hooks.example.gov.vn/x', 'https://user:secret@hooks.example.gov.vn/x', 'javascript:alert(1)']) {
      expect((await http.post('/webhooks', { url }, admin)).status).toBe(400);
    }
    await http.post('/webhooks', { url: 'https://hooks.example.gov.vn/emulation' }, admin).expect(201);
  });
});
