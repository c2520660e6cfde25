import { fastRuleSetsFile } from './support/fast-rule-sets';
import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { awardNomination } from './support/payloads';
import { startTestApp, TestApp } from './support/test-app';

type Entry = { type: string; actor: string; role: string; organisation: string | null; at: string; recordedAt: string; data: Record<string, unknown> };

/**
 * Deadlines on a millisecond clock: a step of 3 s, a reminder 2 s before it falls due, a grace of
 * 2 s before escalating again. Everything else is the real product.
 */
describe('reminders, escalation and holds', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let submitter: string;
  let ministryReviewer: string;
  let councilReviewer: string;

  beforeAll(async () => {
    test = await startTestApp({ RULE_SETS_FILE: fastRuleSetsFile({ stepMs: 3000, reminderLeadMs: 2000, escalationGraceMs: 2000 }) });
    http = api(test.app);
    await registerOrgChart(test);
    submitter = await test.token('lan', 'dept-heritage', 'submitter');
    ministryReviewer = await test.token('minh', 'ministry-culture', 'reviewer');
    councilReviewer = await test.token('hoa', 'central-council', 'reviewer');
  });
  afterAll(() => test.close());

  async function submitNomination(): Promise<string> {
    const created = await http.post('/dossiers', { kind: 'award_nomination', payload: awardNomination('prime_minister_certificate') }, submitter).expect(201);
    await http.post(`/dossiers/${created.body.dossierId}/submit`, {}, submitter).expect(200);
    return created.body.dossierId;
  }

  async function historyUntil(id: string, type: string, timeoutMs = 20_000): Promise<Entry[]> {
    return eventually(async () => {
      const { body } = await http.get(`/dossiers/${id}/history`, submitter);
      return (body as Entry[]).some((entry) => entry.type === type) ? (body as Entry[]) : undefined;
    }, timeoutMs, type);
  }

  it('reminds the silent ministry, escalates to the Council at the due date, and the Council acts in its place', async () => {
    const id = await submitNomination();
    const opened = (await http.get(`/dossiers/${id}`, submitter)).body;
    const dueAt = Date.parse(opened.dueAt);

    const history = await historyUntil(id, 'ReviewEscalated');
    const reminder = history.find((entry) => entry.type === 'ReviewReminderSent')!;
    const escalation = history.find((entry) => entry.type === 'ReviewEscalated')!;
    expect(reminder).toMatchObject({ role: 'system', data: { reviewerOrgId: 'ministry-culture', step: 0 } });
    expect(Date.parse(reminder.recordedAt)).toBeGreaterThanOrEqual(dueAt - 2000);
    expect(Date.parse(reminder.recordedAt)).toBeLessThan(dueAt);
    expect(escalation).toMatchObject({ role: 'system', data: { fromOrgId: 'ministry-culture', toOrgId: 'central-council', attempt: 1 } });
    expect(Date.parse(escalation.recordedAt)).toBeGreaterThanOrEqual(dueAt);

    await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0, comment: 'Approved in place of the ministry' }, councilReviewer).expect(200);
    const after = await historyUntil(id, 'ReviewApproved');
    const approval = after.find((entry) => entry.type === 'ReviewApproved')!;
    expect(approval).toMatchObject({ actor: 'hoa', role: 'reviewer', organisation: 'central-council', data: { actingFor: 'ministry-culture' } });
    expect(after.filter((entry) => entry.type === 'ReviewReminderSent')).toHaveLength(1);
    expect(after.filter((entry) => entry.type === 'ReviewEscalated')).toHaveLength(1);
  });

  it('refuses a reviewer of an organisation the step was not escalated to', async () => {
    const id = await submitNomination();
    const justice = await test.token('an', 'ministry-justice', 'reviewer');
    await historyUntil(id, 'ReviewEscalated');
    expect((await http.post(`/dossiers/${id}/approve`, { round: 1, step: 0 }, justice)).status).toBe(403);
  });

  it('stops the clock while on hold and moves the due date by the time held', async () => {
    const id = await submitNomination();
    const before = (await http.get(`/dossiers/${id}`, submitter)).body;
    await http.post(`/dossiers/${id}/hold`, { reason: 'investigation' }, ministryReviewer).expect(200);
    const held = (await http.get(`/dossiers/${id}`, submitter)).body;
    expect(held.status).toBe('on_hold');
    const heldMs = 3500;
    await new Promise((resolve) => setTimeout(resolve, heldMs));
    const during = (await http.get(`/dossiers/${id}/history`, submitter)).body as Entry[];
    expect(during.some((entry) => entry.type === 'ReviewEscalated')).toBe(false);

    await http.post(`/dossiers/${id}/release`, { comment: 'Investigation closed' }, ministryReviewer).expect(200);
    const released = (await http.get(`/dossiers/${id}`, submitter)).body;
    expect(released.status).toBe('in_review');
    // The due date moves by the time actually held: at least the wait, plus the requests around it.
    const shift = Date.parse(released.dueAt) - Date.parse(before.dueAt);
    expect(shift).toBeGreaterThanOrEqual(heldMs);
    expect(shift).toBeLessThan(heldMs + 2000);
    const history = (await http.get(`/dossiers/${id}/history`, submitter)).body as Entry[];
    expect(history.map((entry) => entry.type)).toEqual(expect.arrayContaining(['DossierPutOnHold', 'DossierReleased']));
    expect(history.find((entry) => entry.type === 'DossierPutOnHold')).toMatchObject({ actor: 'minh', data: { reason: 'investigation' } });
  });

  it('refuses a hold by someone who is not reviewing the step', async () => {
    const id = await submitNomination();
    expect((await http.post(`/dossiers/${id}/hold`, { reason: 'complaint' }, submitter)).status).toBe(403);
    expect((await http.post(`/dossiers/${id}/hold`, { reason: 'gossip' }, ministryReviewer)).status).toBe(400);
  });
});
