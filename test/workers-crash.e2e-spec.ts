import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { TEST_DATABASE_URL } from '@app/database/testing/test-database';
import { ReviewRequested } from '@app/domain';
import { advanceJobId } from '@app/queue';
import { eventually, REDIS_URL, WorkersWorld } from './workers-world';

type ChildMessage = { ready?: true; stuck?: 'after-effect' | 'before-effect'; jobId?: string };

describe('a worker process killed mid-job (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    world = await WorkersWorld.open();
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await world.close();
  });

  /** How many second steps the advance worker has opened in these dossiers. */
  async function stepsOpened(dossierIds: string[]): Promise<number> {
    let opened = 0;
    for (const dossierId of dossierIds) {
      const events = await world.dossierEvents(dossierId);
      opened += events.filter((event) => event.type === 'ReviewRequested' && (event.data as ReviewRequested['data']).step === 1).length;
    }
    return opened;
  }

  it('loses no job and duplicates no effect once another worker takes over', async () => {
    const dossiers = [await world.submittedDossier(), await world.submittedDossier(), await world.submittedDossier()];
    const approvals = [];
    for (const dossierId of dossiers) approvals.push(await world.approveOpenStep(dossierId));
    await world.startDispatcher();
    await eventually(async () => (await world.queues.queue('advance').getWaitingCount()) === 3, 20_000, 'three advance jobs');

    const messages: ChildMessage[] = [];
    child = fork(path.join(__dirname, 'workers-child-worker.ts'), [], {
      execArgv: ['-r', path.join(__dirname, 'workers-child-register.js')],
      env: { ...process.env, TEST_DATABASE_URL, TEST_SCHEMA: world.schema.schema, REDIS_URL, QUEUE_PREFIX: world.prefix },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: ChildMessage) => messages.push(message));
    const stuck = await eventually(async () => {
      const both = messages.filter((message) => message.stuck);
      return both.length === 2 && both;
    }, 30_000, 'two jobs stuck in the child');
    expect(await world.queues.queue('advance').getActiveCount()).toBe(2);
    expect(await stepsOpened(dossiers)).toEqual(1); // the first job's effect is stored, its job not acknowledged

    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    child = undefined;

    // Another worker: it finds both jobs' locks expired, runs them again, then the third.
    await world.startWorkers(world.processors(), { lockDurationMs: 1000, stalledIntervalMs: 500 });
    await eventually(async () => (await world.queues.queue('advance').getCompletedCount()) === 3, 30_000, 'all three jobs completed');
    expect(await world.queues.queue('advance').getFailedCount()).toBe(0);

    for (const dossierId of dossiers) expect(await stepsOpened([dossierId])).toBe(1);
    const afterEffect = stuck.find((message) => message.stuck === 'after-effect')!;
    expect(approvals.map((approval) => advanceJobId(approval.id))).toContain(afterEffect.jobId);
  });
});
