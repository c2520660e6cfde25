import { DISPATCHER_CHECKPOINT } from '../apps/worker/src/dispatcher/dispatcher';
import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { READ_MODELS_CHECKPOINT } from '@app/projections/read-models';
import { WebhookReceiver } from './workers-webhook-receiver';
import { eventually, OWNER, WorkersWorld } from './workers-world';

/**
 * A replay writes read models only. With the dispatcher, the workers and a webhook receiver all
 * running, a full rebuild changes nothing in Redis (no job added, none run), delivers no webhook,
 * appends no event and leaves the dispatcher's checkpoint where it was.
 */
describe('side effects during a replay (real PostgreSQL, Redis and HTTP)', () => {
  let world: WorkersWorld;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    world = await WorkersWorld.open();
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await world.close();
    await receiver.close();
  });

  /** Every job of every queue by state, and every Redis key of this world's queues. */
  async function redisSnapshot() {
    const counts = await Promise.all(
      world.queues.all().map(async (queue) => [queue.name, await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized')] as const),
    );
    // Workers' own housekeeping keys come and go with a timer; every job and queue key stays.
    const keys = (await world.redis.keys(`${world.prefix}:*`)).filter((key) => !/:(stalled-check|limiter)$/.test(key)).sort();
    return { counts: Object.fromEntries(counts), keys };
  }

  async function everything() {
    const { rows } = await world.pool.query<{ n: string; last: string }>('SELECT count(*) AS n, max(position) AS last FROM es_events');
    return {
      redis: await redisSnapshot(),
      webhooks: receiver.deliveries.length,
      dispatcher: await world.checkpoints.load(DISPATCHER_CHECKPOINT),
      events: rows[0],
    };
  }

  it('enqueues no job, delivers no webhook and leaves the dispatcher untouched', async () => {
    await world.registerWebhook('owner-hook', OWNER, receiver.url);
    await world.startWorkers();
    const dispatcher = await world.startDispatcher();
    const readModels = await world.startReadModels();
    const dossiers = [await world.submittedDossier(), await world.submittedDossier()];
    for (const dossierId of dossiers) await world.approveOpenStep(dossierId);
    // Everything the history causes has happened: the advance worker opened the second steps and
    // their webhooks were delivered, and nothing is left to do in the queues.
    await eventually(async () => {
      const opened = await Promise.all(dossiers.map(async (id) => (await world.dossierEvents(id)).filter((event) => event.type === 'ReviewRequested').length));
      return opened.every((count) => count === 2);
    }, 30_000, 'second steps opened');
    const head = Number((await world.pool.query('SELECT max(position) AS last FROM es_events')).rows[0].last);
    await eventually(async () => dispatcher.position >= head, 30_000, 'dispatcher caught up');
    await world.settle(readModels);
    await eventually(async () => {
      const { counts } = await redisSnapshot();
      return Object.values(counts).every((count) => count.waiting + count.active + count.prioritized === 0);
    }, 30_000, 'queues idle');
    await eventually(async () => receiver.deliveries.length > 0 && receiver.deliveries.length, 30_000, 'webhooks delivered');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await everything();

    let batches = 0;
    const outcome = await replayReadModels({ pool: world.pool, store: world.store, batchSize: 5, onProgress: () => void batches++ });
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(outcome.status).toBe('swapped');
    expect(batches).toBeGreaterThan(3);
    expect(await world.checkpoints.load(READ_MODELS_CHECKPOINT)).toBe(outcome.position);
    expect(await everything()).toEqual(before);
  });
});
