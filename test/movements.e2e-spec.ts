import { NATIONAL_CONTENTS_1_TO_7, windowDueAt } from '@app/domain';
import { JobQueues, windowDeadlineJobId } from '@app/queue';
import { WindowDeadlineReconciler } from '../apps/worker/src/window-deadlines/window-deadline-reconciler';
import { api, eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { implementationPlan } from './support/payloads';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

type StoredEvent = { type: string; data: Record<string, unknown> };

/** A date in Viet Nam, `days` from today there. */
const vietnamDay = (days: number): string => new Date(Date.now() + 7 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10);

const NATIONAL = {
  movementId: 'national',
  orgId: 'central-council',
  name: 'The whole country competes in innovation and digital transformation',
  implementsRef: '57-NQ/TW',
  period: { from: '2025-01-01', to: '2030-12-31' },
  phases: [
    { number: 1, firstYear: 2025, lastYear: 2027, summary: 'preliminary_summary', summaryYear: 2027 },
    { number: 2, firstYear: 2027, lastYear: 2030, summary: 'final_summary', summaryYear: 2030 },
  ],
  contents: NATIONAL_CONTENTS_1_TO_7.map(({ number, title }) => ({ number, title })),
  // Ministries and provinces issue their plans by the end of Q2 2025: long past.
  windows: [{ windowId: 'plans-2025-q2', kind: 'implementation_plan', appliesTo: { levels: ['ministry', 'province'] }, dueOn: '2025-06-30' }],
};

/** The culture ministry's plan 4030/KH-BVHTTDL: five contents over the national seven; its units' plans due tomorrow. */
const UNIT_WINDOW = { windowId: 'unit-plans', kind: 'implementation_plan', appliesTo: { levels: ['unit'] }, dueOn: vietnamDay(1) };
const CULTURE = {
  movementId: 'moc-2025',
  name: 'The culture, sports and tourism sector competes in innovation and digital transformation',
  ref: '4030/KH-BVHTTDL',
  implementsRef: '57-NQ/TW',
  parentMovementId: 'national',
  period: { from: '2025-08-12', to: '2030-12-31' },
  contents: [
    { number: 1, title: 'Awareness and digital ways of leading the sector', adapts: [1] },
    { number: 2, title: 'Digital infrastructure and data of culture, sports and tourism', adapts: [2, 3] },
    { number: 3, title: 'Digital economy in culture, sports and tourism', adapts: [4] },
    { number: 4, title: 'Digital literacy for all in the sector', adapts: [5] },
    { number: 5, title: 'Security and international cooperation', adapts: [6, 7] },
  ],
  windows: [UNIT_WINDOW],
};

/** The heritage department's plan implementing the ministry's movement, each content mapped onto the ministry's. */
const HERITAGE_PLAN = {
  ...implementationPlan,
  ref: '12/KH-DSVH',
  movementId: 'moc-2025',
  contents: [
    { ...implementationPlan.contents[0], movementContents: [2] },
    { ...implementationPlan.contents[1], movementContents: [4] },
  ],
};

describe('movements, submission windows and the cascade of plans (real PostgreSQL, Redis and workers)', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let councilAdmin: string;
  let ministryReviewer: string;
  let heritageSubmitter: string;

  beforeAll(async () => {
    test = await startTestApp();
    http = api(test.app);
    await registerOrgChart(test);
    councilAdmin = await test.token('admin-1', 'central-council', 'admin');
    ministryReviewer = await test.token('minh', 'ministry-culture', 'reviewer');
    heritageSubmitter = await test.token('lan', 'dept-heritage', 'submitter');
  });
  afterAll(() => test.close());

  async function movementEvents(movementId: string): Promise<StoredEvent[]> {
    const { rows } = await test.context.pool.query<StoredEvent>('SELECT type, data FROM es_events WHERE stream_name = $1 ORDER BY revision', [
      `movement-${movementId}`,
    ]);
    return rows;
  }

  const fired = async (movementId: string, type: string) =>
    (await movementEvents(movementId)).filter((event) => event.type === type).map((event) => event.data);

  /** Waits until the movement holds `count` events of `type`, lets the workers run on, and checks nothing more came. */
  async function exactly(movementId: string, type: string, count: number): Promise<Record<string, unknown>[]> {
    await eventually(async () => ((await fired(movementId, type)).length >= count ? true : undefined), 20_000, `${count} ${type}`);
    await test.app.get(WindowDeadlineReconciler).runOnce();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const events = await fired(movementId, type);
    expect(events).toHaveLength(count);
    return events;
  }

  const lastPosition = (response: { body: { events: { position: number }[] } }) => Math.max(...response.body.events.map((event) => event.position));

  async function refusedWithoutEvents(send: () => Promise<{ status: number; body: unknown }>, status: number) {
    const before = await recordedPosition(test);
    const response = await send();
    expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { statusCode: status } });
    expect(await recordedPosition(test)).toEqual(before);
    return response.body as { message: string; details?: { issues?: { path: string }[] } };
  }

  it('launches the national movement, whose Q2 2025 window has passed: each silent ministry is escalated to the Council once, and never reminded', async () => {
    const launched = await http.post('/movements', NATIONAL, councilAdmin).expect(201);
    expect(launched.body).toMatchObject({ movementId: 'national', repeated: false, events: [{ type: 'MovementLaunched' }] });
    const again = await http.post('/movements', NATIONAL, councilAdmin, { 'Idempotency-Key': 'launch-national-1' });
    expect(again.status).toBe(409);

    const escalations = await exactly('national', 'SubmissionWindowEscalated', 2);
    expect(escalations.map(({ orgId, attempt, fromOrgId, toOrgId, lastInChain }) => ({ orgId, attempt, fromOrgId, toOrgId, lastInChain }))).toEqual(
      expect.arrayContaining([
        { orgId: 'ministry-culture', attempt: 1, fromOrgId: 'ministry-culture', toOrgId: 'central-council', lastInChain: true },
        { orgId: 'ministry-justice', attempt: 1, fromOrgId: 'ministry-justice', toOrgId: 'central-council', lastInChain: true },
      ]),
    );
    expect(escalations[0]).toMatchObject({ windowId: 'plans-2025-q2', dueAt: '2025-06-30T16:59:59.999Z', by: { userId: 'worker:window-deadline', role: 'system' } });
    expect(await fired('national', 'SubmissionWindowReminderSent')).toEqual([]);

    const shown = await http.get('/movements/national', councilAdmin).expect(200);
    expect(shown.body).toMatchObject({ status: 'launched', implementsRef: '57-NQ/TW', windows: [{ windowId: 'plans-2025-q2', dueAt: '2025-06-30T16:59:59.999Z' }] });
    expect(shown.body.contents).toHaveLength(7);
  });

  it('lets the culture ministry launch its own movement adapting the seven contents into five; its units are reminded of their window once', async () => {
    const key = { 'Idempotency-Key': 'launch-moc-2025' };
    const launched = await http.post('/movements', CULTURE, ministryReviewer, key).expect(201);
    expect(launched.body.events).toEqual([expect.objectContaining({ type: 'MovementLaunched' })]);
    const retried = await http.post('/movements', CULTURE, ministryReviewer, key).expect(201);
    expect(retried.body).toEqual({ ...launched.body, repeated: true });
    const shown = await http.get('/movements/moc-2025', heritageSubmitter).expect(200);
    expect(shown.body).toMatchObject({ orgId: 'ministry-culture', parentMovementId: 'national', phases: NATIONAL.phases });
    expect(shown.body.contents.map((content: { adapts: number[] }) => content.adapts)).toEqual([[1], [2, 3], [4], [5], [6, 7]]);

    const reminders = await exactly('moc-2025', 'SubmissionWindowReminderSent', 2);
    expect(reminders.map((reminder) => reminder.orgId).sort()).toEqual(['dept-digital', 'dept-heritage']);
    expect(reminders[0]).toMatchObject({ windowId: 'unit-plans', dueAt: windowDueAt(UNIT_WINDOW) });
    expect(await fired('moc-2025', 'SubmissionWindowEscalated')).toEqual([]);

    const listed = await http.get(`/movements?afterPosition=${lastPosition(launched)}`, heritageSubmitter).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual(['national', 'moc-2025']);
  });

  it('re-creates the window deadline jobs lost with Redis, under the same ids', async () => {
    const queue = test.app.get(JobQueues).queue('deadline');
    const ids = ['dept-digital', 'dept-heritage'].map((orgId) =>
      windowDeadlineJobId({ movementId: 'moc-2025', windowId: 'unit-plans', orgId, dueAt: windowDueAt(UNIT_WINDOW), action: 'escalate', attempt: 1 }),
    );
    const jobs = await eventually(async () => {
      const found = await Promise.all(ids.map((id) => queue.getJob(id)));
      return found.every(Boolean) ? found : undefined;
    }, 10_000, 'the escalation jobs');
    await Promise.all(jobs.map((job) => job!.remove()));

    const pass = await test.app.get(WindowDeadlineReconciler).runOnce();
    expect(pass).toMatchObject({ added: 2 });
    for (const id of ids) expect(await (await queue.getJob(id))?.getState()).toBe('delayed');
  });

  it('refuses a plan that maps onto contents the movement does not have, then takes the department’s plan and shows the cascade three levels deep', async () => {
    const wrong = { ...HERITAGE_PLAN, contents: [{ ...HERITAGE_PLAN.contents[0], movementContents: [6] }, HERITAGE_PLAN.contents[1]] };
    const refusal = await refusedWithoutEvents(() => http.post('/dossiers', { kind: 'implementation_plan', payload: wrong }, heritageSubmitter), 422);
    expect(refusal.details?.issues).toEqual([{ path: 'contents.0.movementContents', message: 'movement moc-2025 has no content 6' }]);
    await refusedWithoutEvents(() => http.post('/dossiers', { kind: 'implementation_plan', payload: { ...HERITAGE_PLAN, movementId: 'no-such-movement' } }, heritageSubmitter), 422);

    const created = await http.post('/dossiers', { kind: 'implementation_plan', payload: HERITAGE_PLAN }, heritageSubmitter).expect(201);
    const submitted = await http.post(`/dossiers/${created.body.dossierId}/submit`, {}, heritageSubmitter).expect(200);
    const after = Math.max(...submitted.body.events.map((event: { position: number }) => event.position));

    const { body } = await http.get(`/movements/national/plan-tree?afterPosition=${after}`, ministryReviewer).expect(200);
    expect(body.tree).toMatchObject({
      kind: 'movement',
      movementId: 'national',
      children: [
        {
          kind: 'movement',
          movementId: 'moc-2025',
          ref: '4030/KH-BVHTTDL',
          children: [
            {
              kind: 'plan',
              dossierId: created.body.dossierId,
              orgId: 'dept-heritage',
              ref: '12/KH-DSVH',
              movementId: 'moc-2025',
              status: 'in_review',
              criteria: 2,
              contents: [expect.objectContaining({ movementContents: [2] }), expect.objectContaining({ movementContents: [4] })],
              children: [],
            },
          ],
        },
      ],
    });
    const justice = await test.token('thu', 'ministry-justice', 'reviewer');
    const restricted = (await http.get('/movements/moc-2025/plan-tree', justice).expect(200)).body.tree.children[0];
    expect(restricted).toMatchObject({ kind: 'plan', orgId: 'dept-heritage', status: 'in_review', restricted: true });
    expect(restricted).not.toHaveProperty('title');
  });

  it('lists who has no plan by its window, with what was done about it; only the late ones with ?overdue=true', async () => {
    const all = (await http.get('/movements/national/missing-plans', councilAdmin).expect(200)).body.items;
    expect(all.map(({ orgId, movementId, overdue }: Record<string, unknown>) => [orgId, movementId, overdue])).toEqual([
      ['ministry-culture', 'national', true],
      ['ministry-justice', 'national', true],
      ['dept-digital', 'moc-2025', false],
    ]);
    expect(all[1]).toMatchObject({ windowId: 'plans-2025-q2', escalations: [{ attempt: 1, toOrgId: 'central-council', lastInChain: true }] });
    expect(all[2]).toMatchObject({ windowId: 'unit-plans', remindedAt: expect.any(String), escalations: [] });

    const late = (await http.get('/movements/national/missing-plans?overdue=true', councilAdmin).expect(200)).body.items;
    expect(late.map((entry: { orgId: string }) => entry.orgId)).toEqual(['ministry-culture', 'ministry-justice']);
    const ministryView = (await http.get('/movements/national/missing-plans', ministryReviewer).expect(200)).body.items;
    expect(ministryView.map((entry: { orgId: string }) => entry.orgId)).toEqual(['ministry-culture', 'dept-digital']);
  });

  it('moves the units’ window into the past mid-flight: the unit without a plan is escalated up the hierarchy once per level, the one with a plan never', async () => {
    const oldDueAt = windowDueAt(UNIT_WINDOW);
    const moved = await http
      .post('/movements/moc-2025/windows', { ...UNIT_WINDOW, dueOn: '2025-09-30', comment: 'Deadline of plan 4030/KH-BVHTTDL' }, ministryReviewer)
      .expect(200);
    expect(moved.body.events).toEqual([expect.objectContaining({ type: 'SubmissionWindowSet' })]);

    const escalations = await exactly('moc-2025', 'SubmissionWindowEscalated', 2);
    expect(escalations.map(({ orgId, attempt, toOrgId, dueAt }) => [orgId, attempt, toOrgId, dueAt])).toEqual([
      ['dept-digital', 1, 'ministry-culture', '2025-09-30T16:59:59.999Z'],
      ['dept-digital', 2, 'central-council', '2025-09-30T16:59:59.999Z'],
    ]);
    expect(await fired('moc-2025', 'SubmissionWindowReminderSent')).toHaveLength(2);

    // The heritage department's escalation, scheduled for the old due date, fires now: its plan is in, so nothing happens.
    const queue = test.app.get(JobQueues).queue('deadline');
    const id = windowDeadlineJobId({ movementId: 'moc-2025', windowId: 'unit-plans', orgId: 'dept-heritage', dueAt: oldDueAt, action: 'escalate', attempt: 1 });
    const before = await movementEvents('moc-2025');
    await (await queue.getJob(id))!.promote();
    await eventually(async () => ((await queue.getJob(id)) === undefined ? true : undefined), 10_000, 'the stale job to run');
    expect(await movementEvents('moc-2025')).toEqual(before);
  });

  it('refuses bad input with a reason and appends nothing', async () => {
    await refusedWithoutEvents(() => http.post('/movements', { ...CULTURE, movementId: 'moc-2026', colour: 'red' }, ministryReviewer), 400);
    const unknownContent = { ...CULTURE, movementId: 'moc-2026', contents: [{ number: 1, title: 'Quantum heritage', adapts: [8] }] };
    const refusal = await refusedWithoutEvents(() => http.post('/movements', unknownContent, ministryReviewer), 422);
    expect(refusal.details?.issues).toEqual([{ path: 'contents.0.adapts', message: 'the parent has no content 8' }]);
    await refusedWithoutEvents(() => http.post('/movements/moc-2025/windows', { ...UNIT_WINDOW, dueOn: '2031-01-31' }, ministryReviewer), 400);
    await refusedWithoutEvents(
      () => http.post('/movements/moc-2025/windows', { ...UNIT_WINDOW, appliesTo: { levels: ['unit'], orgIds: ['dept-digital'] } }, ministryReviewer),
      400,
    );
    await refusedWithoutEvents(() => http.post('/movements/moc-2025/windows', { ...UNIT_WINDOW, dueOn: '30/09/2025' }, ministryReviewer), 400);
    await refusedWithoutEvents(() => http.post('/movements/no-such-movement/close', {}, councilAdmin), 404);
    await refusedWithoutEvents(() => http.post('/movements/bad*id/close', {}, councilAdmin), 400);
    // A reviewer leads only its own organisation's movement.
    const council = await test.token('hoa', 'central-council', 'reviewer');
    await refusedWithoutEvents(() => http.post('/movements', { ...CULTURE, movementId: 'moc-2026', orgId: 'ministry-culture' }, council), 403);
  });
});
