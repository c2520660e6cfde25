import { ReviewRequested } from '@app/domain';
import { advanceJobId, listParkedJobs, ReceivedJob } from '@app/queue';
import { advanceProcessor } from '../apps/worker/src/advance/advance.processor';
import { eventually, WorkersWorld } from './workers-world';

const reviewerOf = (step: { orgId: string; level: string }) => ({ reviewerOrgId: step.orgId, level: step.level });

describe('the advance worker (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open();
  });
  afterEach(() => world.close());

  const types = async (dossierId: string) => (await world.dossierEvents(dossierId)).map((event) => event.type);

  it('opens each next step after an approval, and then records the final approval', async () => {
    const dossierId = await world.submittedDossier();
    const route = world.route();
    await world.startWorkers();
    await world.startDispatcher();

    const approval = await world.approveOpenStep(dossierId);
    const opened = await eventually(async () => (await world.dossierEvents(dossierId)).find((event) => event.type === 'ReviewRequested' && (event.data as ReviewRequested['data']).step === 1));
    const data = opened.data as ReviewRequested['data'];
    expect(data).toMatchObject({ dossierId, round: 1, step: 1, ...reviewerOf(route[1]), by: { userId: 'worker:advance', role: 'system' } });
    // The next level's length under the recorded rule-set version, counted from when the step opened.
    const version = (await world.dossierEvents(dossierId)).find((event) => event.type === 'DossierSubmitted')!.data as { ruleSetVersion: string };
    expect(data.dueAt).toBe(world.rules.dueAt(version.ruleSetVersion, 'implementation_plan', route[1].level, new Date(data.at)).toISOString());
    expect(opened.metadata).toMatchObject({ causationId: approval.id, correlationId: approval.metadata.correlationId });

    for (let step = 1; step < route.length; step++) {
      await eventually(async () => (await types(dossierId)).filter((type) => type === 'ReviewRequested').length === step + 1);
      await world.approveOpenStep(dossierId);
    }
    await eventually(async () => (await types(dossierId)).includes('DossierApproved'));
    const followUps = route.slice(1).flatMap(() => ['ReviewApproved', 'ReviewRequested']);
    expect(await types(dossierId)).toEqual(['DossierCreated', 'DossierSubmitted', 'ReviewRequested', ...followUps, 'ReviewApproved', 'DossierApproved']);
  });

  it('appends nothing when the same job runs a second time', async () => {
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    const run = advanceProcessor({ store: world.store, rules: world.rules });
    const job: ReceivedJob<'advance-dossier'> = {
      id: advanceJobId(approval.id),
      name: 'advance-dossier',
      data: { eventId: approval.id, dossierId, round: 1, afterStep: 0 },
      attempt: 1,
      maxAttempts: 3,
    };
    await run(job);
    const after = await world.dossierEvents(dossierId);
    await run({ ...job, attempt: 2 });
    expect(await world.dossierEvents(dossierId)).toEqual(after);
    expect(after.map((event) => event.type).slice(-2)).toEqual(['ReviewApproved', 'ReviewRequested']);
  });

  it('parks at once a job the domain refuses, without retrying it', async () => {
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    await world.startWorkers();
    // A follow-up to a step that was never approved: a bug upstream, which no retry can mend.
    await world.queues.enqueue([{ name: 'advance-dossier', data: { eventId: approval.id, dossierId, round: 1, afterStep: 1 } }]);
    const [parked] = await eventually(async () => {
      const jobs = await listParkedJobs(world.queues);
      return jobs.length > 0 && jobs;
    });
    expect(parked).toMatchObject({ queue: 'advance', jobId: advanceJobId(approval.id), attemptsMade: 1 });
    expect(parked.failedReason).toMatch(/has not been approved/);
    expect(await types(dossierId)).toEqual(['DossierCreated', 'DossierSubmitted', 'ReviewRequested', 'ReviewApproved']);
  });
});
