import { FireDeadlineJob, PermanentJobFailure, ProcessorRegistry } from '@app/queue';
import { FAST, FAST_RULE_SETS, firedDeadlines } from './workers-fast-rules';
import { eventually, WorkersWorld } from './workers-world';

const SECOND = 1000;
const at = (ms: number) => new Date(ms).toISOString();

describe('the deadline reconciler (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open({ ruleSets: FAST_RULE_SETS });
  });
  afterEach(() => world.close());

  async function openStep(dueMs: number): Promise<string> {
    const dossierId = await world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(dueMs) });
    await world.settle(await world.startReadModels());
    return dossierId;
  }

  const deadline = (dossierId: string, action: 'remind' | 'escalate', atMs: number): FireDeadlineJob => ({
    dossierId,
    round: 1,
    step: 0,
    action,
    attempt: 1,
    at: at(atMs),
  });

  it('re-creates a parked job whose deadline is still pending, and the missing one beside it', async () => {
    const due = Date.now() + 4 * SECOND;
    const dossierId = await openStep(due);
    // A worker that parks every deadline job, as one would after exhausting its attempts.
    const real = world.processors();
    const parking = ProcessorRegistry.of({
      'advance-dossier': real.handlerFor('advance-dossier'),
      'deliver-webhook': real.handlerFor('deliver-webhook'),
      'fire-window-deadline': real.handlerFor('fire-window-deadline'),
      'schedule-window-deadlines': real.handlerFor('schedule-window-deadlines'),
      'fire-deadline': async () => {
        throw new PermanentJobFailure('database unreachable for hours');
      },
    });
    const failing = await world.startWorkers(parking);
    await world.queues.enqueue([{ name: 'fire-deadline', data: deadline(dossierId, 'escalate', Date.now()) }]);
    await eventually(async () => (await world.queues.queue('deadline').getFailedCount()) === 1, 10_000, 'the job to be parked');
    await failing.close();

    expect(await world.reconciler().runOnce()).toMatchObject({ checked: 1, deadlines: 2, recreated: 2, moved: 0 });
    expect(await world.queues.queue('deadline').getFailedCount()).toBe(0);

    await world.startWorkers();
    const done = await eventually(async () => {
      const events = firedDeadlines(await world.dossierEvents(dossierId));
      return events.length === 2 && events;
    }, 10_000, 'both deadlines to fire');
    expect(done.map(({ key }) => key)).toEqual(['1.0.remind.1', '1.0.escalate.1']);
    expect(done[1].event.recordedAt.getTime()).toBeGreaterThanOrEqual(due);
  });

  it('moves a delayed job whose moment differs from its deadline, then finds nothing to do', async () => {
    const due = Date.now() + 60 * SECOND;
    const dossierId = await openStep(due);
    await world.queues.enqueue([{ name: 'fire-deadline', data: deadline(dossierId, 'escalate', due + 30 * SECOND) }]);
    const reconciler = world.reconciler();

    expect(await reconciler.runOnce()).toMatchObject({ checked: 1, deadlines: 2, recreated: 1, moved: 1 });
    const delayed = (await world.queues.queue('deadline').getDelayed()).map((job) => job.data as FireDeadlineJob);
    expect(delayed.sort((a, b) => a.at.localeCompare(b.at))).toEqual([deadline(dossierId, 'remind', due - SECOND), deadline(dossierId, 'escalate', due)]);
    expect(await reconciler.runOnce()).toMatchObject({ checked: 1, deadlines: 2, recreated: 0, moved: 0 });
  });
});
