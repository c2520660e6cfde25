import { advanceJobId, JobWorkers, listParkedJobs, ProcessorRegistry } from '@app/queue';
import { eventually, WorkersWorld } from './workers-world';

describe('parked jobs (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open({ attempts: 3 });
  });
  afterEach(() => world.close());

  it('parks a poison job after its attempts and lists it, while the other jobs keep flowing', async () => {
    // Submitted under a rule-set version this installation does not know: its follow-up can
    // never compute a due date, so every attempt fails (retried: a deployment could add it).
    const poisoned = await world.submittedDossier({ ruleSetVersion: 'vn-ec-1999.01' });
    const healthy = [await world.submittedDossier(), await world.submittedDossier()];
    await world.startWorkers();
    await world.startDispatcher();

    const poisonApproval = await world.approveOpenStep(poisoned);
    for (const dossierId of healthy) await world.approveOpenStep(dossierId);

    const [parked] = await eventually(async () => {
      const jobs = await listParkedJobs(world.queues);
      return jobs.length > 0 && jobs;
    });
    expect(parked).toMatchObject({ queue: 'advance', name: 'advance-dossier', jobId: advanceJobId(poisonApproval.id), attemptsMade: 3 });
    expect(parked.failedReason).toMatch(/unknown rule set version: vn-ec-1999.01/);
    expect(parked.data).toMatchObject({ eventId: poisonApproval.id, dossierId: poisoned });

    for (const dossierId of healthy) {
      await eventually(async () => (await world.dossierEvents(dossierId)).filter((event) => event.type === 'ReviewRequested').length === 2);
    }
    expect((await world.dossierEvents(poisoned)).map((event) => event.type).at(-1)).toBe('ReviewApproved');
    expect(await world.queues.queue('advance').getCompletedCount()).toBe(2);
    expect(world.logs.filter((line) => line.includes(advanceJobId(poisonApproval.id)))).toEqual([
      expect.stringContaining('will be retried after attempt 1'),
      expect.stringContaining('will be retried after attempt 2'),
      expect.stringContaining('parked after attempt 3'),
    ]);
  });

  it('refuses to start workers while a job of the catalogue has no processor', () => {
    const incomplete = ProcessorRegistry.of({ 'advance-dossier': async () => undefined });
    const workers = new JobWorkers(world.redis, world.settings, incomplete);
    expect(() => workers.start()).toThrow(/no processor for job deliver-webhook/);
  });
});
