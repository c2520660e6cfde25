import { dossierDecider, fold } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { dossierStream } from '@app/workflow';
import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { startTestApp, TestApp } from './support/test-app';

const CONTENDERS = 50;

/** Fifty reviewers act on the same open step at once: one decision lands, everyone else is told 409. */
describe('concurrent conflicting commands on one dossier', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let store: EventStore;

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    store = test.app.get(EVENT_STORE);
    await registerOrgChart(test);
  });
  afterAll(() => test.close());

  const reviewers = (org: string) => Promise.all(Array.from({ length: CONTENDERS }, (_, i) => test.token(`${org}-reviewer-${i}`, org, 'reviewer')));

  async function whenStepOpens(id: string, step: number, token: string) {
    return eventually(async () => {
      const { body } = await http.get(`/dossiers/${id}`, token);
      return body.status === 'in_review' && body.step === step ? body : undefined;
    }, 20_000, `step ${step} to open`);
  }

  /** Every contender sends its own decision (its own command id) on the same round and step. */
  async function race(id: string, step: number, tokens: string[], decide: (i: number) => string) {
    const responses = await Promise.all(
      tokens.map((token, i) => {
        const action = decide(i);
        const body = action === 'approve' ? { round: 1, step } : { round: 1, step, reason: `Contender ${i}` };
        return http.post(`/dossiers/${id}/${action}`, body, token);
      }),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(CONTENDERS - 1);
    for (const loser of responses.filter((response) => response.status === 409)) {
      expect(loser.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    }
    return responses.find((response) => response.status === 200)!;
  }

  it('lets exactly one decision win per step; the stream stays valid and its chain verifies', async () => {
    const submitter = await test.token('lan', 'dept-heritage', 'submitter');
    const created = await http.post('/dossiers', { kind: 'implementation_plan', payload: implementationPlan }, submitter).expect(201);
    const id = created.body.dossierId;
    await http.post(`/dossiers/${id}/submit`, {}, submitter).expect(200);

    await whenStepOpens(id, 0, submitter);
    const first = await race(id, 0, await reviewers('ministry-culture'), () => 'approve');
    expect(first.body.events.map((event: { type: string }) => event.type)).toEqual(['ReviewApproved']);

    await whenStepOpens(id, 1, submitter);
    const actions = ['approve', 'return', 'reject'];
    const second = await race(id, 1, await reviewers('central-council'), (i) => actions[i % actions.length]);

    const events = await store.readStream(dossierStream(id));
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index));
    const decisions = events.filter((event) => ['ReviewApproved', 'DossierReturned', 'DossierRejected'].includes(event.type));
    expect(decisions.filter((event) => (event.data as { step?: number }).step === 0)).toHaveLength(1);
    expect(decisions.filter((event) => (event.data as { step?: number }).step === 1)).toHaveLength(1);
    const state = fold(dossierDecider, events as never);
    expect(['step_approved', 'approved', 'returned', 'rejected']).toContain(state.status);
    expect(second.body.status).toBe(state.status === 'approved' ? 'step_approved' : state.status);
    expect(await store.verifyStream(dossierStream(id))).toMatchObject({ ok: true, events: events.length });
  });
});
