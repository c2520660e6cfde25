import { EVENT_STORE, EventStore } from '@app/event-store';
import { seedDemo } from '../apps/cli/src/seed-demo/demo-seed';
import { api } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

type Outline = { kind: string; orgId: string; dossierId?: string; movementId?: string; children: Outline[] };

/** `npm run seed-demo` against the real service: every part of the slice is there and seeding again changes nothing. */
describe('the demo slice', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let council: string;
  let dossiers: ReadonlyMap<string, string>;
  let headAfterFirst: number;

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    http = api(test.app);
    const { settings, pool } = test.context;
    const store = test.app.get<EventStore>(EVENT_STORE);
    dossiers = await seedDemo({ settings, pool, store });
    headAfterFirst = await store.headPosition();
    council = await test.tokenWith({ userId: 'secretariat', orgId: 'central-council', roles: ['reviewer'], scope: 'national' });
  }, 120_000);
  afterAll(() => test.close());

  it('appends nothing when seeded a second time', async () => {
    const { settings, pool } = test.context;
    const store = test.app.get<EventStore>(EVENT_STORE);
    const again = await seedDemo({ settings, pool, store });
    expect([...again]).toEqual([...dossiers]);
    expect(await store.headPosition()).toBe(headAfterFirst);
  }, 120_000);

  it('has dossiers in every state, some of them overdue', async () => {
    const { body } = await http.get('/dossiers?limit=100', council).expect(200);
    const statuses = new Set(body.items.map((item: { status: string }) => item.status));
    for (const status of ['draft', 'in_review', 'returned', 'approved', 'rejected', 'withdrawn']) expect(statuses).toContain(status);
    const overdue = await http.get('/deadlines/overdue', council).expect(200);
    expect(overdue.body.steps.map((step: { dossierId: string }) => step.dossierId)).toEqual(
      expect.arrayContaining([dossiers.get('report-mcst-libraries-2026'), dossiers.get('report-hanoi-home-affairs-2026-corrected')]),
    );
  });

  it('cascades plans three levels deep from the national movement', async () => {
    const { body } = await http.get('/movements/national/plan-tree', council).expect(200);
    const path = (outline: Outline, dossierId: string): string[] | undefined => {
      const here = outline.dossierId ?? outline.movementId ?? '';
      if (outline.dossierId === dossierId) return [here];
      for (const child of outline.children) {
        const below = path(child, dossierId);
        if (below) return [here, ...below];
      }
      return undefined;
    };
    expect(path(body.tree, dossiers.get('plan-mcst-personnel')!)).toEqual(['national', dossiers.get('plan-mcst'), dossiers.get('plan-mcst-personnel')]);
    const missing = await http.get('/movements/national/missing-plans?overdue=true', council).expect(200);
    expect(missing.body.items.map((item: { orgId: string }) => item.orgId)).toEqual(['ca-mau']);
  });

  it('has the four Hanoi agencies’ agreement in force and their 2025 reports ranked', async () => {
    const agreement = await http.get('/agreements/hanoi-2025', council).expect(200);
    expect(agreement.body.status).toBe('in_force');
    const ranking = await http.get('/rankings?level=unit&under=hanoi&year=2025', council).expect(200);
    expect(ranking.body.entries.map((entry: { orgId: string }) => entry.orgId).sort()).toEqual(['hanoi-finance', 'hanoi-home-affairs', 'hanoi-justice', 'hanoi-science']);
  });

  it('sums the culture ministry’s units into its preliminary summary', async () => {
    const { body } = await http.get('/organisations/mcst/summary?kind=preliminary_summary', council).expect(200);
    const readers = body.summary.criteria.find((criterion: { criterionId: string }) => criterion.criterionId === 'k3');
    // The ministry's own 2026 report is not in; its 2025 count and the libraries' (2026 still in review: 2025) add up.
    expect(readers.actual).toBe(1200 + 1650);
  });

  it('has an award granted, one revoked and one let through on a justification', async () => {
    const granted = await http.get('/awards/nominations/pm-cert-cb-0412', council).expect(200);
    expect(granted.body.status).toBe('granted');
    const revoked = await http.get('/awards/nominations/cert-cb-0977', council).expect(200);
    expect(revoked.body.status).toBe('revoked');
    const overridden = await http.get('/awards/nominations/flag-hanoi-science-2025', council).expect(200);
    expect(overridden.body.status).toBe('nominated');
    expect(overridden.body.override.justification).toMatch(/digital transformation index/);
  });
});
