import { reviewer } from '@app/domain/testing/fixtures/actors.fixture';
import { FireDeadlineJob } from '@app/queue';
import { FAST, FAST_RULE_SETS } from './workers-fast-rules';
import { WorkersWorld } from './workers-world';

const SECOND = 1000;
const at = (ms: number) => new Date(ms).toISOString();

/**
 * Until the dossier's last event is visible to log readers: another suite's open transaction on
 * the same server holds the visibility frontier back, and the reconciler follows the log only
 * that far (a later pass, or the dispatcher, covers what it could not see yet).
 */
async function visibleThrough(world: WorkersWorld, dossierId: string): Promise<void> {
  const events = await world.store.readStream(`dossier-${dossierId}`);
  const last = events[events.length - 1].position;
  const deadline = Date.now() + 30_000;
  while ((await world.store.headPosition()) < last) {
    if (Date.now() > deadline) throw new Error(`position ${last} never became visible`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The reconciler derives most deadlines from the read model: these are the cases where a row is
 * behind its dossier's stream (the read models stopped, or lag), and must not decide anything.
 */
describe('the deadline reconciler with read models behind the log (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open({ ruleSets: FAST_RULE_SETS });
  });
  afterEach(() => world.close());

  const delayedJobs = async () =>
    (await world.queues.queue('deadline').getDelayed()).map((job) => job.data as FireDeadlineJob).sort((a, b) => `${a.dossierId}${a.at}`.localeCompare(`${b.dossierId}${b.at}`));

  it('schedules from the rows it can trust, and from their streams the dossiers written since, missing none', async () => {
    const due = Date.now() + 60 * SECOND;
    const known = await world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(due) });
    const decidedSince = await world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(due) });
    const readModels = await world.startReadModels();
    await world.settle(readModels);
    await readModels.stop();

    // After the read models' checkpoint: a step opened that no row shows, and one row left saying "in review".
    const openedSince = await world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(due + 5 * SECOND) });
    await world.approveOpenStep(decidedSince);
    await visibleThrough(world, decidedSince);

    expect(await world.reconciler().runOnce()).toMatchObject({ checked: 2, fromReadModel: 1, streamsRead: 2, deadlines: 4, recreated: 4 });
    const expected = [
      { dossierId: known, round: 1, step: 0, action: 'remind', attempt: 1, at: at(due - SECOND) },
      { dossierId: known, round: 1, step: 0, action: 'escalate', attempt: 1, at: at(due) },
      { dossierId: openedSince, round: 1, step: 0, action: 'remind', attempt: 1, at: at(due + 4 * SECOND) },
      { dossierId: openedSince, round: 1, step: 0, action: 'escalate', attempt: 1, at: at(due + 5 * SECOND) },
    ];
    expect(await delayedJobs()).toEqual(expected.sort((a, b) => `${a.dossierId}${a.at}`.localeCompare(`${b.dossierId}${b.at}`)));
  });

  it('never moves a job after a row that is behind: the stream decides', async () => {
    const due = Date.now() + 60 * SECOND;
    const dossierId = await world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: at(due) });
    const readModels = await world.startReadModels();
    await world.settle(readModels);
    await readModels.stop();
    // Put on hold and released with a later due date after the checkpoint: the row still has the first one.
    const later = due + 30 * SECOND;
    const open = { dossierId, round: 1, step: 0 };
    const reviewerOrg = world.route()[0].orgId;
    await world.dossierCommand(dossierId, { type: 'PutDossierOnHold', data: { ...open, reason: 'complaint', remaining: { workingDays: 3 } } }, reviewer(reviewerOrg));
    await world.dossierCommand(dossierId, { type: 'ReleaseDossier', data: { ...open, dueAt: at(later) } }, reviewer(reviewerOrg));

    expect(await world.reconciler().runOnce()).toMatchObject({ checked: 1, fromReadModel: 0, streamsRead: 1, deadlines: 2 });
    expect((await delayedJobs()).map((job) => [job.action, job.at])).toEqual([
      ['remind', at(later - SECOND)],
      ['escalate', at(later)],
    ]);
  });
});
