import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DEVELOPMENT_WEBHOOK_KEY } from '@app/config';
import { TEST_DATABASE_URL } from '@app/database/testing/test-database';
import { ReviewRequested } from '@app/domain';
import { verifyDelivery, webhookSecret } from '@app/queue';
import { WebhookReceiver } from './workers-webhook-receiver';
import { eventually, OWNER, REDIS_URL, WorkersWorld } from './workers-world';

const ROOT = path.resolve(__dirname, '..');

describe('the worker process as deployed (apps/worker/src/main.ts)', () => {
  let world: WorkersWorld;
  let receiver: WebhookReceiver;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    world = await WorkersWorld.open();
    receiver = await WebhookReceiver.start();
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await receiver.close();
    await world.close();
  });

  it('dispatches, advances and notifies, then shuts down gracefully on SIGTERM', async () => {
    await world.registerWebhook('owner-hook', OWNER, receiver.url, ['ReviewRequested']);
    const databaseUrl = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${world.schema.schema}`)}`;
    let output = '';
    child = spawn(process.execPath, ['-r', path.join(__dirname, 'workers-child-register.js'), path.join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: world.prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(async () => output.includes('started ('), 60_000, `the worker to start:\n${output}`);

    const dossierId = await world.submittedDossier();
    await world.approveOpenStep(dossierId);
    await eventually(async () =>
      (await world.dossierEvents(dossierId)).some((event) => event.type === 'ReviewRequested' && (event.data as ReviewRequested['data']).step === 1),
    );
    await eventually(async () => receiver.deliveries.length === 2, 20_000, 'both review requests delivered');
    const secret = webhookSecret(DEVELOPMENT_WEBHOOK_KEY, 'owner-hook');
    for (const delivery of receiver.deliveries) {
      const signed = verifyDelivery(secret, Number(delivery.headers['webhook-timestamp']), delivery.body, String(delivery.headers['webhook-signature']));
      expect(signed).toBe(true);
    }

    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    child = undefined;
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(await world.queues.queue('advance').getActiveCount()).toBe(0);
    expect(await world.queues.queue('notify').getActiveCount()).toBe(0);
    expect(output).not.toMatch(/ERROR/);
  });
});
