import request from 'supertest';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Five requests a minute per caller and twenty per address; X-Forwarded-For is believed (one
 * proxy), so each test speaks from an address of its own.
 */
describe('rate limiting', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_IP_PER_MINUTE: '20', TRUST_PROXY: '1' }, { workers: false });
  });
  afterAll(() => test.close());

  const get = (path: string, from: string, token?: string) => {
    const call = request(test.app.getHttpServer()).get(path).set('x-forwarded-for', from);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  it('answers a burst over the per-caller limit with 429 and Retry-After, and keeps serving other callers', async () => {
    const greedy = await test.token('greedy', 'dept-heritage', 'submitter');
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await get('/calendar/2026', '203.0.113.10', greedy)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);

    const refused = await get('/calendar/2026', '198.51.100.77', greedy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });

    const other = await test.token('patient', 'dept-heritage', 'submitter');
    expect((await get('/calendar/2026', '203.0.113.10', other)).status).toBe(200);
  });

  it('appends nothing for a refused command', async () => {
    const greedy = await test.token('greedy-writer', 'dept-heritage', 'submitter');
    for (let i = 0; i < 5; i++) await get('/calendar/2026', '203.0.113.20', greedy);
    const before = await recordedPosition(test);
    const response = await request(test.app.getHttpServer())
      .post('/dossiers')
      .set('x-forwarded-for', '203.0.113.20')
      .set('authorization', `Bearer ${greedy}`)
      .send({ kind: 'implementation_plan', payload: { title: 'Plan' } });
    expect(response.status).toBe(429);
    expect(await recordedPosition(test)).toEqual(before);
  });

  it('limits one address whether or not it sends a token, and keeps serving other addresses', async () => {
    const statuses = await Promise.all(Array.from({ length: 30 }, () => get('/health', '192.0.2.99').then((response) => response.status)));
    expect(statuses.filter((status) => status === 429).length).toBe(10);
    const caller = await test.token('fresh', 'dept-heritage', 'submitter');
    const refused = await get('/calendar/2026', '192.0.2.99', caller);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await get('/health', '192.0.2.100')).status).not.toBe(429);
    expect((await get('/calendar/2026', '192.0.2.100', caller)).status).toBe(200);
  });
});
