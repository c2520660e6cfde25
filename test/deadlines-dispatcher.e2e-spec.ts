import { admin, reviewer } from '@app/domain/testing/fixtures/actors.fixture';
import { deadlineJobId, FireDeadlineJob } from '@app/queue';
import { FAST, FAST_RULE_SETS, FASTER, firedDeadlines } from './workers-fast-rules';
import { eventually, WorkersWorld } from './workers-world';

const SECOND = 1000;
const at = (ms: number) => new Date(ms).toISOString();

describe('the dispatcher scheduling deadlines (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open({ ruleSets: FAST_RULE_SETS });
  });
  afterEach(() => world.close());

  const openStep = (dueMs: number) => world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(dueMs) });
  const step = (dossierId: string) => ({ dossierId, round: 1, step: 0 });

  async function delayedDeadlines(count: number): Promise<FireDeadlineJob[]> {
    const queue = world.queues.queue('deadline');
    const jobs = await eventually(async () => {
      const delayed = await queue.getDelayed();
      return delayed.length === count && delayed;
    }, 10_000, `${count} delayed deadline jobs`);
    return jobs.map((job) => job.data as FireDeadlineJob).sort((a, b) => a.at.localeCompare(b.at));
  }

  const fired = async (dossierId: string) => firedDeadlines(await world.dossierEvents(dossierId));

  /** The deadlines fired up to the first escalation (a second one follows a grace period later). */
  const firedThroughFirstEscalation = (dossierId: string, what: string) =>
    eventually(async () => {
      const events = await fired(dossierId);
      return events.some(({ key }) => key === '1.0.escalate.1') && events.slice(0, 2);
    }, 15_000, what);

  it('schedules the reminder and the first escalation of a step it sees opened, at their moments', async () => {
    const due = Date.now() + 60 * SECOND;
    const dossierId = await openStep(due);
    await world.startDispatcher();

    expect(await delayedDeadlines(2)).toEqual([
      { ...step(dossierId), action: 'remind', attempt: 1, at: at(due - SECOND) },
      { ...step(dossierId), action: 'escalate', attempt: 1, at: at(due) },
    ]);
    const escalation = await world.queues.queue('deadline').getJob(deadlineJobId({ ...step(dossierId), action: 'escalate', attempt: 1 }));
    expect(escalation!.timestamp + escalation!.delay).toBe(due);
  });

  it('moves the jobs when a migration brings the due date forward, and fires them then', async () => {
    const dossierId = await openStep(Date.now() + 60 * SECOND);
    await world.startWorkers();
    await world.startDispatcher();
    await delayedDeadlines(2);

    const newDue = Date.now() + 3 * SECOND;
    await world.dossierCommand(dossierId, { type: 'MigrateRuleSet', data: { dossierId, toVersion: FASTER, dueAt: at(newDue) } }, admin);

    const done = await firedThroughFirstEscalation(dossierId, 'the reminder and the escalation under the new due date');
    expect(done.map(({ key }) => key)).toEqual(['1.0.remind.1', '1.0.escalate.1']);
    // Under FASTER: reminded 500 ms before the new due date, escalated at it; never before.
    expect(done[0].event.recordedAt.getTime()).toBeGreaterThanOrEqual(newDue - 500);
    expect(done[1].event.recordedAt.getTime()).toBeGreaterThanOrEqual(newDue);
  });

  it('schedules a held step again once released, though its jobs already ran during the hold', async () => {
    const due = Date.now() + 5 * SECOND;
    const dossierId = await openStep(due);
    await world.startWorkers();
    await world.startDispatcher();
    await delayedDeadlines(2);
    await world.dossierCommand(
      dossierId,
      { type: 'PutDossierOnHold', data: { ...step(dossierId), reason: 'complaint', remaining: { milliseconds: 4000 } } },
      reviewer('moc-dept'),
    );

    // Both jobs fire while the clock is stopped, find nothing to do, and are gone.
    await eventually(async () => Date.now() > due + 200 && (await world.queues.queue('deadline').getJobCountByTypes('delayed', 'waiting', 'active')) === 0, 10_000, 'the jobs to have run');
    expect(await fired(dossierId)).toEqual([]);

    const newDue = Date.now() + 2 * SECOND;
    await world.dossierCommand(dossierId, { type: 'ReleaseDossier', data: { ...step(dossierId), dueAt: at(newDue) } }, reviewer('moc-dept'));
    const done = await firedThroughFirstEscalation(dossierId, 'the deadlines of the released step');
    expect(done.map(({ key }) => key)).toEqual(['1.0.remind.1', '1.0.escalate.1']);
    expect(done[1].event.recordedAt.getTime()).toBeGreaterThanOrEqual(newDue);
  });
});
