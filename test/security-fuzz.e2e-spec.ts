import fc from 'fast-check';
import request from 'supertest';
import { DOSSIER_KINDS } from '@app/domain';
import { api } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { servedRoutes } from './support/routes';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

/** Every route that changes something, with the path it is exercised on. */
const COMMANDS: Record<string, (ids: { dossier: string; webhook: string }) => string> = {
  'POST /organisations': () => '/organisations',
  'POST /organisations/:id/rename': () => '/organisations/dept-digital/rename',
  'POST /organisations/:id/move': () => '/organisations/dept-digital/move',
  'POST /organisations/:id/retire': () => '/organisations/dept-digital/retire',
  'POST /dossiers': () => '/dossiers',
  'PATCH /dossiers/:id': (ids) => `/dossiers/${ids.dossier}`,
  'POST /dossiers/:id/submit': (ids) => `/dossiers/${ids.dossier}/submit`,
  'POST /dossiers/:id/withdraw': (ids) => `/dossiers/${ids.dossier}/withdraw`,
  'POST /dossiers/:id/approve': (ids) => `/dossiers/${ids.dossier}/approve`,
  'POST /dossiers/:id/return': (ids) => `/dossiers/${ids.dossier}/return`,
  'POST /dossiers/:id/reject': (ids) => `/dossiers/${ids.dossier}/reject`,
  'POST /dossiers/:id/hold': (ids) => `/dossiers/${ids.dossier}/hold`,
  'POST /dossiers/:id/release': (ids) => `/dossiers/${ids.dossier}/release`,
  'POST /dossiers/:id/migrate-rule-set': (ids) => `/dossiers/${ids.dossier}/migrate-rule-set`,
  'POST /webhooks': () => '/webhooks',
  'DELETE /webhooks/:id': (ids) => `/webhooks/${ids.webhook}`,
  'PUT /calendar/days/:date': () => '/calendar/days/2026-09-03',
  'POST /agreements': () => '/agreements',
  'POST /agreements/:id/sign': () => '/agreements/culture-2025/sign',
  'POST /agreements/:id/cancel': () => '/agreements/culture-2025/cancel',
  'POST /organisations/:id/summary-dossier': () => '/organisations/dept-heritage/summary-dossier',
  'POST /movements': () => '/movements',
  'POST /movements/:id/windows': () => '/movements/national/windows',
  'POST /movements/:id/close': () => '/movements/national/close',
  'POST /awards/nominations': () => '/awards/nominations',
  'POST /awards/nominations/:id/votes': () => '/awards/nominations/n-1/votes',
  'POST /awards/nominations/:id/revoke': () => '/awards/nominations/n-1/revoke',
  'POST /awards/nominations/:id/withdraw': () => '/awards/nominations/n-1/withdraw',
  'POST /honours/annual-results': () => '/honours/annual-results',
  'POST /honours/prior-awards': () => '/honours/prior-awards',
  'POST /personal-data/:subject/forget': () => '/personal-data/nv-1/forget',
};

/** Every field any command body declares: hostile values go where real ones would. */
const FIELDS = ['orgId', 'name', 'level', 'parentId', 'kind', 'payload', 'comment', 'reason', 'round', 'step', 'toVersion', 'note', 'url', 'eventTypes', 'commandId', 'agreementId', 'title', 'signatories', 'period', 'targets', 'narrative', 'planRef', 'movementId', 'implementsRef', 'parentMovementId', 'contents', 'phases', 'windows', 'window', 'nominationId', 'nominee', 'form', 'achievement', 'override', 'votes', 'decisionRef', 'nomineeKey', 'nomineeKind', 'year', 'rating', 'titles', 'basisRef', 'achievementKey', 'dossierId'];

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE es_events; --",
  '1; SELECT pg_sleep(10)',
  "') ; TRUNCATE dossiers CASCADE; --",
  '$1',
  '$$; DROP SCHEMA public CASCADE; $$',
  "E'\\\\x27'",
  'ministry-culture\' UNION SELECT * FROM es_events --',
];
const UNICODE = ['\u202eevil', '\ufeffbom', 'e\u0301\u0301\u0301', '𝕏𝔸𝕄', '\u2028\u2029', '👩‍👩‍👧‍👦', 'İıŞ', 'ǅ', '\u00a0', 'Ṽ̸̡̛̞̭̥̦͇̠̖͈̗̠̩̗̤̞̪̓̊̀̌̑ͅ'];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...SQL, ...UNICODE), fc.constant('x'.repeat(5000)));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 10 }), scalar, { maxKeys: 5 }));
const fields = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 });

/**
 * What makes a body unacceptable, whatever else it holds: each must be refused before anything is
 * decided. Raw JSON text, so prototype keys survive the trip.
 */
const poisoned = fc.tuple(fields, fc.constantFrom(...FIELDS), fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 8 })).map(
  ([base, field, key, kind]) => {
    const json = (body: object) => JSON.stringify(body);
    const unknown = FIELDS.includes(key) || key === '__proto__' ? `x-${key}` : key;
    switch (kind) {
      case 0:
        return json({ ...base, [unknown]: true });
      case 1:
        return `{"__proto__":{"isAdmin":true},${json(base).slice(1)}`;
      case 2:
        return json({ ...base, [field]: { constructor: { prototype: { isAdmin: true } } } });
      case 3:
        return json({ ...base, [field]: `a\u0000b` });
      case 4:
        return json({ ...base, [field]: '\ud800' });
      case 5:
        return json({ ...base, payload: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) });
      case 6:
        return json({ ...base, comment: 'x'.repeat(300 * 1024) });
      case 7:
        return fc.sample(fc.constantFrom('[]', '[{}]', '123', '"text"', 'null', 'true', '{', '{"a":1}}'), 1)[0];
      default:
        return json({ ...base, [field]: Array.from({ length: 3 }, () => ({ [unknown]: SQL[0] })), [unknown]: 1 });
    }
  },
);
/** Header values a client can send: printable ASCII. */
const idempotencyKey = fc.option(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 140 }), { nil: undefined });

describe('hostile input at every command endpoint: never a 5xx, never a changed store', () => {
  let test: TestApp;
  let root: string;
  const ids = { dossier: '', webhook: '' };

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    const http = api(test.app);
    await registerOrgChart(test);
    const submitter = await test.token('lan', 'dept-heritage', 'submitter');
    ids.dossier = (await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan }, submitter).expect(201)).body.dossierId;
    await http.post(`/dossiers/${ids.dossier}/submit`, {}, submitter).expect(200);
    const admin = await test.token('admin-1', 'central-council', 'admin');
    ids.webhook = (await http.post('/webhooks', { orgId: 'dept-heritage', url: 'https://hooks.example.gov.vn/x' }, admin).expect(201)).body.webhookId;
    // Every role, wherever it is needed: only the body can be the reason for a refusal.
    root = await test.tokenWith({
      userId: 'root',
      orgId: 'central-council',
      roles: ['admin', 'reviewer', 'submitter'],
      grants: [
        { org: 'dept-heritage', role: 'submitter' },
        { org: 'ministry-culture', role: 'reviewer' },
      ],
    });
  });
  afterAll(() => test.close());

  function send(route: string, path: string, body: string, key?: string) {
    const method = route.split(' ')[0].toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
    let call = request(test.app.getHttpServer())[method](path).set('authorization', `Bearer ${root}`).set('content-type', 'application/json');
    if (key !== undefined) call = call.set('idempotency-key', key);
    return call.send(body);
  }

  it('exercises every command endpoint the application serves', () => {
    const served = servedRoutes(test.app).filter((route) => route.method !== 'GET').map((route) => `${route.method} ${route.path}`);
    expect(served.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(COMMANDS))('%s refuses poisoned bodies with a 4xx and appends nothing', async (route) => {
    await fc.assert(
      fc.asyncProperty(poisoned, idempotencyKey, async (body, key) => {
        const before = await recordedPosition(test);
        const response = await send(route, COMMANDS[route](ids), body, key);
        const after = await recordedPosition(test);
        if (response.status < 400 || response.status >= 500 || after.events !== before.events) {
          throw new Error(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}; events ${before.events} -> ${after.events}`);
        }
      }),
      { numRuns: 30 },
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each(Object.keys(COMMANDS).filter((route) => route.includes(':')))('%s refuses hostile path parameters', async (route) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom(...SQL, ...UNICODE, '..', '%00', '../../etc/passwd')), async (id) => {
        const path = route.split(' ')[1].replace(/:[a-z]+/, encodeURIComponent(id));
        const before = await recordedPosition(test);
        const response = await send(route, path, route.startsWith('DELETE') ? '' : '{}');
        const after = await recordedPosition(test);
        const acceptable = response.status >= 400 && response.status < 500;
        if (!acceptable || after.events !== before.events) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses random payloads of every kind in the domain (422), appending nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DOSSIER_KINDS), fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 8 }), async (kind, payload) => {
        const before = await recordedPosition(test);
        const response = await send('POST /dossiers', '/dossiers', JSON.stringify({ kind, payload }));
        const after = await recordedPosition(test);
        if (response.status < 400 || response.status >= 500 || after.events !== before.events) {
          throw new Error(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('stores SQL fragments and unusual Unicode in free text verbatim', async () => {
    const submitter = await test.token('lan', 'dept-heritage', 'submitter');
    const http = api(test.app);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SQL, ...UNICODE), async (comment) => {
        const created = await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan, comment }, submitter);
        if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
        const history = (await http.get(`/dossiers/${created.body.dossierId}/history`, submitter)).body as Array<{ comment: string | null }>;
        // A comment of nothing but white space is no comment (the domain drops it).
        expect(history[0].comment).toBe(comment.trim() === '' ? null : comment);
      }),
      { numRuns: 20 },
    );
  });
});
