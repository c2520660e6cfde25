import { vietnamWorkingCalendar } from '@app/domain';
import { PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { InvalidReadQuery } from '../dossiers/read-query.errors';
import { escalationRows } from '../escalations/escalations.projection';
import { dossierRows } from '../dossiers/dossiers.projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { DeadlineMetrics, DeadlineQueries } from './deadline.queries';
import { OverdueBucket } from './overdue-bucket';

const calendar = vietnamWorkingCalendar();
const workingDaysBetween = (a: Date, b: Date) => calendar.workingDaysBetween(a, b);

/** 23:59:59.999 in Viet Nam (UTC+7) on a June 2025 date: how working-day due dates are set. */
const endOf = (date: string) => `${date}T16:59:59.999Z`;

/**
 * "Now" is Wednesday 25 June 2025, 10:00 in Viet Nam; June 2025 has no public holiday, so only
 * weekends are days off. Each overdue step is named after how many working days late it is.
 */
const NOW = new Date('2025-06-25T03:00:00.000Z');
const SUNDAY = new Date('2025-06-22T03:00:00.000Z');

/** Reports of camau-justice wait at camau; plans of moc-dept-office at moc-dept (then moc, central). */
const REPORTS: Record<string, string> = {
  'late-0': '2025-06-25T02:00:00.000Z', // 09:00 today, an hour before now
  'late-3w': endOf('2025-06-20'), // Friday: Monday to Wednesday, the weekend does not count
  'late-10': endOf('2025-06-11'),
  'due-today': endOf('2025-06-25'),
  'due-fri': endOf('2025-06-27'),
  'held-late': endOf('2025-06-16'),
};
const PLANS: Record<string, string> = {
  'late-1': endOf('2025-06-24'),
  'late-2': endOf('2025-06-23'),
  'late-9': endOf('2025-06-12'),
  'escalated-late': endOf('2025-06-17'),
  'due-next-week': endOf('2025-06-30'),
  'between-steps': endOf('2025-06-13'),
};
const SECOND_STEP_DUE = endOf('2025-07-01');

async function seed(world: ReadModelWorld): Promise<void> {
  const d = world.dossiers;
  await world.orgs.registerStandardHierarchy();
  for (const [id, due] of Object.entries(REPORTS)) {
    await d.create(id, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    await d.submit(id, due);
  }
  for (const [id, due] of Object.entries(PLANS)) {
    await d.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await d.submit(id, due);
  }
  await d.create('draft-only', 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
  await d.approveAndAdvance('due-next-week', SECOND_STEP_DUE);
  await d.approve('between-steps');
  await d.hold('held-late', 'complaint');
  // Last, since each moves the clock to the deadline: to moc at the due date, to central a day later.
  await d.fireDeadline('escalated-late', 'escalate');
  await d.fireDeadline('escalated-late', 'escalate');
}

describe('deadline queries', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;
  let deadlines: DeadlineQueries;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_dl');
    runner = world.readModels(7);
    await runner.start();
    await seed(world);
    await world.settle(runner);
    deadlines = new DeadlineQueries(world.pool);
  });
  afterAll(() => world.close());

  describe('overdue', () => {
    const LATE: Record<string, number> = {
      'late-10': 10,
      'late-9': 9,
      'escalated-late': 6,
      'late-3w': 3,
      'late-2': 2,
      'late-1': 1,
      'late-0': 0,
    };

    it('lists running steps due before now, most overdue first, in working days and buckets', async () => {
      const report = await deadlines.overdue({ now: NOW, workingDaysBetween });
      expect(report.steps.map((step) => [step.dossierId, step.overdueByWorkingDays, step.bucket])).toEqual([
        ['late-10', 10, 'over_10_days'],
        ['late-9', 9, '3_to_10_days'],
        ['escalated-late', 6, '3_to_10_days'],
        ['late-3w', 3, '3_to_10_days'],
        ['late-2', 2, '1_to_3_days'],
        ['late-1', 1, '1_to_3_days'],
        ['late-0', 0, 'under_1_day'],
      ]);
      for (const step of report.steps) expect(workingDaysBetween(new Date(step.dueAt), NOW)).toBe(LATE[step.dossierId]);
      expect(report.total).toBe(7);
      expect(report.steps.find((step) => step.dossierId === 'escalated-late')).toMatchObject({
        reviewerOrgId: 'moc-dept',
        level: 'unit',
        kind: 'implementation_plan',
        round: 1,
        step: 0,
        dueAt: PLANS['escalated-late'],
        escalationAttempts: 2,
        escalatedTo: ['moc', 'central'],
        ruleSetVersion: 'rules-2025.1',
      });
    });

    it('counts each step for its reviewer and for every organisation it was escalated to', async () => {
      const report = await deadlines.overdue({ now: NOW, workingDaysBetween });
      const buckets = (u: number, a: number, b: number, o: number): Record<OverdueBucket, number> => ({
        under_1_day: u,
        '1_to_3_days': a,
        '3_to_10_days': b,
        over_10_days: o,
      });
      expect(report.byOrg).toEqual([
        { orgId: 'camau', buckets: buckets(1, 0, 1, 1), total: 3, escalatedSteps: 0 },
        { orgId: 'central', buckets: buckets(0, 0, 1, 0), total: 1, escalatedSteps: 1 },
        { orgId: 'moc', buckets: buckets(0, 0, 1, 0), total: 1, escalatedSteps: 1 },
        { orgId: 'moc-dept', buckets: buckets(0, 2, 2, 0), total: 4, escalatedSteps: 0 },
      ]);
    });

    it('leaves held steps, steps between two openings and drafts out', async () => {
      const ids = (await deadlines.overdue({ now: new Date('2025-12-31T00:00:00Z'), workingDaysBetween })).steps.map((s) => s.dossierId);
      expect(ids).not.toContain('held-late');
      expect(ids).not.toContain('between-steps');
      expect(ids).not.toContain('draft-only');
      expect(ids).toEqual(expect.arrayContaining(['due-today', 'due-fri', 'due-next-week']));
    });

    it('does not count a weekend: due on Friday is still under a day late on Sunday', async () => {
      const report = await deadlines.overdue({ now: SUNDAY, workingDaysBetween });
      expect(report.steps.map((step) => [step.dossierId, step.overdueByWorkingDays, step.bucket])).toEqual([
        ['late-10', 7, '3_to_10_days'],
        ['late-9', 6, '3_to_10_days'],
        ['escalated-late', 3, '3_to_10_days'],
        ['late-3w', 0, 'under_1_day'],
      ]);
    });

    it('keeps a step due exactly now out of the overdue list (it is upcoming)', async () => {
      const now = new Date(REPORTS['due-today']);
      const overdue = await deadlines.overdue({ now, workingDaysBetween });
      expect(overdue.steps.map((step) => step.dossierId)).not.toContain('due-today');
      const upcoming = await deadlines.upcoming({ now, within: now });
      expect(upcoming.map((step) => step.dossierId)).toEqual(['due-today']);
    });

    it('narrows to one organisation: its own steps and those escalated to it', async () => {
      const moc = await deadlines.overdue({ orgId: 'moc', now: NOW, workingDaysBetween });
      expect(moc.steps.map((step) => step.dossierId)).toEqual(['escalated-late']);
      expect(moc.byOrg.map((counts) => counts.orgId)).toEqual(['moc']);

      const idle = await deadlines.overdue({ orgId: 'camau-justice', now: NOW, workingDaysBetween });
      expect(idle).toEqual({
        steps: [],
        total: 0,
        byOrg: [{ orgId: 'camau-justice', buckets: { under_1_day: 0, '1_to_3_days': 0, '3_to_10_days': 0, over_10_days: 0 }, total: 0, escalatedSteps: 0 }],
      });
    });

    it('returns at most `limit` steps while still counting all of them', async () => {
      const report = await deadlines.overdue({ now: NOW, workingDaysBetween, limit: 2 });
      expect(report.steps.map((step) => step.dossierId)).toEqual(['late-10', 'late-9']);
      expect(report.total).toBe(7);
      expect(report.byOrg.reduce((sum, counts) => sum + counts.total, 0)).toBe(9);
    });

    it('refuses an invalid instant or limit', async () => {
      await expect(deadlines.overdue({ now: new Date('nope'), workingDaysBetween })).rejects.toBeInstanceOf(InvalidReadQuery);
      await expect(deadlines.overdue({ now: NOW, workingDaysBetween, limit: 0 })).rejects.toBeInstanceOf(InvalidReadQuery);
    });
  });

  describe('upcoming', () => {
    it('lists running steps due from now up to `within`, soonest first', async () => {
      const steps = await deadlines.upcoming({ now: NOW, within: new Date(endOf('2025-06-30')) });
      expect(steps.map((step) => [step.dossierId, step.dueAt])).toEqual([
        ['due-today', REPORTS['due-today']],
        ['due-fri', REPORTS['due-fri']],
      ]);
    });

    it('includes a step due exactly at `within`, and a later step of a dossier that moved on', async () => {
      const steps = await deadlines.upcoming({ now: NOW, within: new Date(SECOND_STEP_DUE) });
      expect(steps.map((step) => step.dossierId)).toEqual(['due-today', 'due-fri', 'due-next-week']);
      expect(steps[2]).toMatchObject({ step: 1, reviewerOrgId: 'moc', level: 'ministry' });
    });

    it('narrows to one organisation and honours the limit', async () => {
      const within = new Date(SECOND_STEP_DUE);
      expect((await deadlines.upcoming({ orgId: 'moc', now: NOW, within })).map((step) => step.dossierId)).toEqual(['due-next-week']);
      expect((await deadlines.upcoming({ now: NOW, within, limit: 1 })).map((step) => step.dossierId)).toEqual(['due-today']);
    });
  });

  describe('openSteps', () => {
    const RUNNING = [...Object.keys(REPORTS), ...Object.keys(PLANS)].filter((id) => id !== 'held-late' && id !== 'between-steps');

    it('pages through every running step by dossier id, each exactly once', async () => {
      const all = await deadlines.openSteps({ limit: 1000 });
      expect(all.map((key) => key.dossierId).sort()).toEqual([...RUNNING].sort());

      const paged: string[] = [];
      let afterId: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await deadlines.openSteps({ afterId, limit: 3 });
        paged.push(...page.map((key) => key.dossierId));
        pages += 1;
        if (page.length < 3) break;
        afterId = page[page.length - 1].dossierId;
      }
      expect(paged).toEqual(all.map((key) => key.dossierId));
      expect(pages).toBe(4);
    });

    it('names the round and the step each dossier is at', async () => {
      const keys = await deadlines.openSteps({ limit: 1000 });
      expect(keys.find((key) => key.dossierId === 'due-next-week')).toEqual({ dossierId: 'due-next-week', round: 1, step: 1 });
      expect(keys.find((key) => key.dossierId === 'late-0')).toEqual({ dossierId: 'late-0', round: 1, step: 0 });
    });
  });

  it('reports open, overdue and held reviews and escalations per organisation and level', async () => {
    const byOrg = (rows: DeadlineMetrics[]) => [...rows].sort((a, b) => (a.orgId < b.orgId ? -1 : 1));
    const zero = { openReviews: 0, overdueReviews: 0, heldReviews: 0, escalations: 0, escalationsReceived: 0 };
    expect(byOrg(await deadlines.metrics(NOW))).toEqual([
      { level: 'province', orgId: 'camau', ...zero, openReviews: 5, overdueReviews: 3, heldReviews: 1 },
      { level: 'unit', orgId: 'camau-justice', ...zero },
      { level: 'central_council', orgId: 'central', ...zero, escalationsReceived: 1 },
      { level: 'ministry', orgId: 'moc', ...zero, openReviews: 1, escalationsReceived: 1 },
      { level: 'unit', orgId: 'moc-dept', ...zero, openReviews: 4, overdueReviews: 4, escalations: 2 },
      { level: 'unit', orgId: 'moc-dept-office', ...zero },
    ]);
  });

  it('gives identical rows when rebuilt from position 0', async () => {
    const before = { dossiers: await world.dump('dossiers'), escalations: await world.dump('escalations') };
    expect(before.escalations).toHaveLength(2);
    await runner.rebuild();
    await world.settle(runner);
    expect(await world.dump('dossiers')).toEqual(before.dossiers);
    expect(await world.dump('escalations')).toEqual(before.escalations);

    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, escalationRows)).toEqual(foldedRows(escalationRows, log));
  });
});
