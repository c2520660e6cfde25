import { advanceJobId, notifyJobId } from '@app/queue';
import { CheckpointStore } from '@app/projections/checkpoints/checkpoint.store';
import { DISPATCHER_CHECKPOINT } from '../apps/worker/src/dispatcher/dispatcher';
import { eventually, OWNER, WorkersWorld } from './workers-world';

describe('the dispatcher (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open();
  });
  afterEach(() => world.close());

  const jobIds = async (queue: 'advance' | 'notify') =>
    (await world.queues.queue(queue).getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).map((job) => job.id).sort();

  it('adds a job once, however often the same request is enqueued', async () => {
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    const request = { name: 'advance-dossier' as const, data: { eventId: approval.id, dossierId, round: 1, afterStep: 0 } };
    await world.queues.enqueue([request]);
    await world.queues.enqueue([request, request]);
    expect(await jobIds('advance')).toEqual([advanceJobId(approval.id)]);
  });

  it('turns an approval into one advance job, and a replay of the log into none more', async () => {
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    const dispatcher = await world.startDispatcher();
    await eventually(async () => (await jobIds('advance')).length === 1, 20_000, 'the advance job');
    const job = await world.queues.queue('advance').getJob(advanceJobId(approval.id));
    expect(job?.data).toEqual({ eventId: approval.id, dossierId, round: 1, afterStep: 0, correlationId: approval.metadata.correlationId });
    await eventually(async () => (await world.checkpoints.load(DISPATCHER_CHECKPOINT)) === approval.position, 20_000, 'the checkpoint');

    // The whole log handed over again, as after a lost checkpoint: the ids make it a no-op.
    await dispatcher.stop();
    await world.checkpoints.clear(world.pool, DISPATCHER_CHECKPOINT);
    const again = await world.startDispatcher();
    await eventually(async () => again.position >= approval.position, 20_000, 'the replay');
    expect(await jobIds('advance')).toEqual([advanceJobId(approval.id)]);
    expect(await world.queues.queue('advance').count()).toBe(1);
  });

  it('hands a batch over again when its checkpoint could not be saved, still without a second job', async () => {
    const failing = new (class extends CheckpointStore {
      failures = 1;
      override async advance(...args: Parameters<CheckpointStore['advance']>): Promise<void> {
        if (this.failures-- > 0) throw new Error('database went away');
        return super.advance(...args);
      }
    })(world.pool);
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    await world.startDispatcher(failing);
    await eventually(async () => (await failing.load(DISPATCHER_CHECKPOINT)) === approval.position, 20_000, 'the checkpoint');
    expect(world.logs.some((line) => line.includes('database went away'))).toBe(true);
    expect(await jobIds('advance')).toEqual([advanceJobId(approval.id)]);
  });

  it('sends each dossier event to the active webhooks of the organisations it concerns', async () => {
    await world.registerWebhook('owner-hook', OWNER, 'http://127.0.0.1:9/owner');
    await world.registerWebhook('dept-hook', 'moc-dept', 'http://127.0.0.1:9/dept', ['ReviewApproved']);
    await world.registerWebhook('other-hook', 'camau', 'http://127.0.0.1:9/other');
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);
    const [created, submitted, requested] = await world.dossierEvents(dossierId);
    await world.startDispatcher();
    await eventually(async () => (await world.checkpoints.load(DISPATCHER_CHECKPOINT)) === approval.position, 20_000, 'the checkpoint');

    expect(await jobIds('notify')).toEqual(
      [
        notifyJobId(created.id, 'owner-hook'),
        notifyJobId(submitted.id, 'owner-hook'),
        notifyJobId(requested.id, 'owner-hook'),
        notifyJobId(approval.id, 'owner-hook'),
        notifyJobId(approval.id, 'dept-hook'),
      ].sort(),
    );
    expect((await world.webhooks.active()).map((webhook) => webhook.id).sort()).toEqual(['dept-hook', 'other-hook', 'owner-hook']);
  });

  it('sends nothing to a webhook for events recorded after its deletion', async () => {
    await world.registerWebhook('owner-hook', OWNER, 'http://127.0.0.1:9/owner');
    const dossierId = await world.submittedDossier();
    await world.deleteWebhook('owner-hook', OWNER);
    const approval = await world.approveOpenStep(dossierId);
    await world.startDispatcher();
    await eventually(async () => (await world.checkpoints.load(DISPATCHER_CHECKPOINT)) === approval.position, 20_000, 'the checkpoint');
    const notified = await jobIds('notify');
    expect(notified).toHaveLength(3); // created, submitted, first review requested
    expect(notified).not.toContain(notifyJobId(approval.id, 'owner-hook'));
    expect((await world.webhooks.byId('owner-hook'))?.status).toBe('deleted');
  });
});
