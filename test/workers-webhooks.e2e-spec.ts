import { WebhookDeliveryFailed } from '@app/domain/webhooks';
import { listParkedJobs, notifyJobId, verifyDelivery, webhookSecret } from '@app/queue';
import { DEVELOPMENT_WEBHOOK_KEY } from '@app/config';
import { WebhookReceiver } from './workers-webhook-receiver';
import { eventually, OWNER, WorkersWorld } from './workers-world';

describe('webhook deliveries (real PostgreSQL, Redis and HTTP)', () => {
  let world: WorkersWorld;
  let receiver: WebhookReceiver;

  afterEach(async () => {
    await world.close();
    await receiver.close();
  });

  it('delivers each event, signed so the receiver can verify it with its secret', async () => {
    world = await WorkersWorld.open();
    receiver = await WebhookReceiver.start();
    await world.registerWebhook('owner-hook', OWNER, receiver.url, ['DossierSubmitted', 'ReviewApproved']);
    await world.startWorkers();
    await world.startDispatcher();
    const dossierId = await world.submittedDossier();
    const approval = await world.approveOpenStep(dossierId);

    await eventually(async () => receiver.deliveries.length >= 2);
    const secret = webhookSecret(DEVELOPMENT_WEBHOOK_KEY, 'owner-hook');
    for (const delivery of receiver.deliveries) {
      const timestamp = Number(delivery.headers['webhook-timestamp']);
      expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
      expect(delivery.headers['content-type']).toBe('application/json');
      expect(verifyDelivery(secret, timestamp, delivery.body, String(delivery.headers['webhook-signature']))).toBe(true);
      expect(verifyDelivery(webhookSecret(DEVELOPMENT_WEBHOOK_KEY, 'other-hook'), timestamp, delivery.body, String(delivery.headers['webhook-signature']))).toBe(false);
      expect(JSON.parse(delivery.body).id).toBe(delivery.headers['webhook-id']);
    }
    const bodies = receiver.deliveries.map((delivery) => JSON.parse(delivery.body));
    expect(bodies.map((body) => body.type).sort()).toEqual(['DossierSubmitted', 'ReviewApproved']);
    expect(bodies.find((body) => body.type === 'ReviewApproved')).toEqual({
      id: approval.id,
      type: 'ReviewApproved',
      schemaVersion: 1,
      stream: `dossier-${dossierId}`,
      revision: approval.revision,
      recordedAt: approval.recordedAt.toISOString(),
      data: approval.data,
    });
  });

  it('retries a failing receiver, then records the dead letter as an event and in the read model', async () => {
    world = await WorkersWorld.open({ webhookAttempts: 3 });
    receiver = await WebhookReceiver.start(() => 503);
    await world.registerWebhook('owner-hook', OWNER, receiver.url, ['DossierSubmitted']);
    await world.startWorkers();
    await world.startDispatcher();
    const dossierId = await world.submittedDossier();
    const submitted = (await world.dossierEvents(dossierId)).find((event) => event.type === 'DossierSubmitted')!;

    const [letter] = await eventually(async () => {
      const letters = await world.webhooks.deadLetters({ webhookId: 'owner-hook' });
      return letters.length > 0 && letters;
    });
    expect(receiver.deliveries).toHaveLength(3);
    expect(letter).toMatchObject({ webhookId: 'owner-hook', orgId: OWNER, eventId: submitted.id, attempts: 3 });
    expect(letter.lastError).toMatch(/HTTP 503/);

    const failures = (await world.store.readStream('webhook-owner-hook')).filter((event) => event.type === 'WebhookDeliveryFailed');
    expect(failures).toHaveLength(1);
    expect(failures[0].data).toMatchObject({ eventId: submitted.id, attempts: 3, by: { userId: 'worker:notify', role: 'system' } } satisfies Partial<WebhookDeliveryFailed['data']>);
    expect(failures[0].metadata).toMatchObject({ causationId: submitted.id });
    expect(letter.id).toBe(failures[0].id);

    const parked = await listParkedJobs(world.queues);
    expect(parked).toEqual([expect.objectContaining({ queue: 'notify', jobId: notifyJobId(submitted.id, 'owner-hook'), attemptsMade: 3 })]);
  });

  it('delivers after a receiver recovers, without a dead letter', async () => {
    world = await WorkersWorld.open({ webhookAttempts: 4 });
    receiver = await WebhookReceiver.start((_delivery, index) => (index < 2 ? 500 : 200));
    await world.registerWebhook('owner-hook', OWNER, receiver.url, ['DossierCreated']);
    await world.startWorkers();
    await world.startDispatcher();
    await world.submittedDossier();

    await eventually(async () => (await world.queues.queue('notify').getCompletedCount()) === 1);
    expect(receiver.deliveries).toHaveLength(3);
    expect(new Set(receiver.deliveries.map((delivery) => delivery.headers['webhook-id'])).size).toBe(1);
    expect(await world.webhooks.deadLetters({ webhookId: 'owner-hook' })).toEqual([]);
  });

  it('stops delivering to a webhook deleted while its delivery waited', async () => {
    world = await WorkersWorld.open();
    receiver = await WebhookReceiver.start();
    await world.registerWebhook('owner-hook', OWNER, receiver.url, ['DossierCreated']);
    await world.startDispatcher();
    await world.submittedDossier();
    await eventually(async () => (await world.queues.queue('notify').getWaitingCount()) === 1);
    await world.deleteWebhook('owner-hook', OWNER);
    await world.startWorkers();

    await eventually(async () => (await world.queues.queue('notify').getCompletedCount()) === 1);
    expect(receiver.deliveries).toEqual([]);
  });
});
