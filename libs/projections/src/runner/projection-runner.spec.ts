import { randomUUID } from 'node:crypto';
import { PoolClient } from 'pg';
import { YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { RecordedEvent } from '@app/event-store';
import { dossierRows, dossiersProjection } from '../dossiers/dossiers.projection';
import { orgUnitRows, orgUnitsProjection } from '../org-units/org-units.projection';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { playBusyHistory } from '../testing/scenarios';
import { tallyProjection, tallyReport } from '../testing/tally.projection';
import { WaitForTimeout } from './position-waiters';
import { Projection } from './projection';

/** Fails the first batch that reaches `position`, after the projections before it have written. */
function crashOnce(position: () => number, crash: (tx: PoolClient) => Promise<void>): Projection & { crashed: boolean } {
  return {
    name: 'crash',
    crashed: false,
    async apply(events: readonly RecordedEvent[], tx: PoolClient) {
      if (this.crashed || events[events.length - 1].position < position()) return;
      this.crashed = true;
      await crash(tx);
    },
    async reset() {},
  };
}

describe('projection runner', () => {
  let world: ReadModelWorld;
  const tally = tallyProjection();
  const projections = (...extra: Projection[]) => [orgUnitsProjection, dossiersProjection, tally, ...extra];

  /** The read models equal the whole log folded in memory, and every event was applied once. */
  async function expectExactlyOnce(): Promise<void> {
    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, orgUnitRows)).toEqual(foldedRows(orgUnitRows, log));
    expect(await tallyReport(world.pool)).toEqual({ events: log.length, notOnce: 0 });
  }

  async function resetAll(name: string): Promise<void> {
    await world.pool.query('TRUNCATE org_units, dossiers, tally');
    await world.checkpoints.clear(world.pool, name);
  }

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_run');
    await tally.install(world.pool);
    await world.orgs.registerStandardHierarchy();
    await playBusyHistory(world, 4);
  });
  afterAll(() => world.close());

  it('resumes after a stop mid-way from the checkpoint it committed, applying nothing twice', async () => {
    const log = await wholeLog(world.store);
    const first = world.runner('stop-restart', projections(), { batchSize: 7 });
    await first.start();
    await first.waitFor(log[Math.floor(log.length / 2)].position, { timeoutMs: 20_000 });
    await first.stop();

    const saved = await world.checkpoints.load('stop-restart');
    expect(saved).toBe(first.position);
    expect(saved).toBeLessThan(log[log.length - 1].position);
    expect((await tallyReport(world.pool)).events).toBe(log.filter((event) => event.position <= saved!).length);

    const second = world.runner('stop-restart', projections(), { batchSize: 7 });
    await second.start();
    await world.settle(second);
    await second.stop();
    await expectExactlyOnce();
  });

  it('rolls back a batch that fails half-way, checkpoint included, and retries it', async () => {
    await resetAll('failing-batch');
    const log = await wholeLog(world.store);
    const crash = crashOnce(
      () => log[20].position,
      async () => {
        throw new Error('disk full');
      },
    );
    const errors: unknown[] = [];
    const runner = world.runner('failing-batch', projections(crash), { batchSize: 9, retryDelayMs: 10, onError: (e) => errors.push(e) });
    await runner.start();
    await world.settle(runner);
    await runner.stop();
    expect(crash.crashed).toBe(true);
    expect(errors).toEqual([expect.objectContaining({ message: 'disk full' })]);
    await expectExactlyOnce();
  });

  it('survives its connection being killed in the middle of a batch', async () => {
    await resetAll('killed-connection');
    const log = await wholeLog(world.store);
    const kill = crashOnce(
      () => log[30].position,
      async (tx) => {
        const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await world.pool.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        await tx.query('SELECT 1');
      },
    );
    const runner = world.runner('killed-connection', projections(kill), { batchSize: 11, retryDelayMs: 10 });
    await runner.start();
    await world.settle(runner);
    await runner.stop();
    expect(kill.crashed).toBe(true);
    await expectExactlyOnce();
  });

  it('lets two runners of the same name share the work without applying anything twice', async () => {
    await resetAll('twins');
    const [a, b] = [1, 2].map(() => world.runner('twins', projections(), { batchSize: 5 }));
    await Promise.all([a.start(), b.start()]);
    await Promise.all([world.settle(a), world.settle(b)]);
    await Promise.all([a.stop(), b.stop()]);
    await expectExactlyOnce();
  });

  it('replays from the start when another process rebuilds under the same name', async () => {
    await resetAll('rebuilt-elsewhere');
    const [live, rebuilder] = [1, 2].map(() => world.runner('rebuilt-elsewhere', projections(), { batchSize: 8, retryDelayMs: 10 }));
    await Promise.all([live.start(), rebuilder.start()]);
    await Promise.all([world.settle(live), world.settle(rebuilder)]);

    await rebuilder.rebuild();
    const append = await world.dossiers.create('after-rebuild', 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    await Promise.all([live.waitFor(append.position, { timeoutMs: 20_000 }), rebuilder.waitFor(append.position, { timeoutMs: 20_000 })]);
    await Promise.all([live.stop(), rebuilder.stop()]);
    await expectExactlyOnce();
  });

  it('ignores event types and streams it does not know, and events for dossiers that do not exist', async () => {
    await resetAll(READ_MODELS_CHECKPOINT);
    const at = new Date().toISOString();
    const by = { userId: 'admin@central', role: 'admin' };
    await world.store.append('movement-2025', [{ id: randomUUID(), type: 'MovementOpened', data: { year: 2025, at, by } }], 'any');
    await world.store.append('dossier-ghost', [{ id: randomUUID(), type: 'DossierArchived', data: { dossierId: 'ghost', at, by } }], 'any');
    await world.store.append(
      'dossier-ghost',
      [{ id: randomUUID(), type: 'ReviewApproved', data: { dossierId: 'ghost', round: 1, step: 0, reviewerOrgId: 'moc', at, by } }],
      'any',
    );
    const runner = world.readModels(50);
    await runner.start();
    await world.settle(runner);
    expect(await world.checkpoints.load(READ_MODELS_CHECKPOINT)).toBe(await world.lastCommittedPosition());
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, await wholeLog(world.store)));
    const { rows } = await world.pool.query("SELECT count(*)::integer AS n FROM dossiers WHERE id = 'ghost'");
    expect(rows[0].n).toBe(0);
    await runner.stop();
  });

  it('rebuilds from position 0 into empty tables with identical rows', async () => {
    const runner = world.readModels(13);
    await runner.start();
    await world.settle(runner);
    const before = { orgs: await world.dump('org_units'), dossiers: await world.dump('dossiers') };

    await runner.rebuild();
    await world.settle(runner);
    expect(await world.dump('org_units')).toEqual(before.orgs);
    expect(await world.dump('dossiers')).toEqual(before.dossiers);
    expect(before.dossiers.length).toBeGreaterThanOrEqual(20);
    await runner.stop();
  });

  describe('waitFor', () => {
    it('resolves for positions already handled and times out for ones not reached', async () => {
      const runner = world.readModels();
      await runner.start();
      const head = await world.lastCommittedPosition();
      await runner.waitFor(head, { timeoutMs: 20_000 });
      await expect(runner.waitFor(head)).resolves.toBeUndefined();
      await expect(runner.waitFor(head + 1, { timeoutMs: 50 })).rejects.toBeInstanceOf(WaitForTimeout);
      await runner.stop();
    });

    it('gives read-your-writes for the position an append returns', async () => {
      const runner = world.readModels();
      await runner.start();
      const append = await world.dossiers.create('read-your-write', 'camau-justice', {
        kind: 'yearly_report',
        payload: YEARLY_REPORT,
      });
      await runner.waitFor(append.position, { timeoutMs: 20_000 });
      const { rows } = await world.pool.query("SELECT status FROM dossiers WHERE id = 'read-your-write'");
      expect(rows).toEqual([{ status: 'draft' }]);
      await runner.stop();
    });

    it('answers callers who asked before it started', async () => {
      const runner = world.readModels();
      const waiting = runner.waitFor(await world.lastCommittedPosition(), { timeoutMs: 20_000 });
      await runner.start();
      await expect(waiting).resolves.toBeUndefined();
      await runner.stop();
    });

    it('rejects callers still waiting when the runner stops', async () => {
      const runner = world.readModels();
      await runner.start();
      const waiting = runner.waitFor(Number.MAX_SAFE_INTEGER);
      await runner.stop();
      await expect(waiting).rejects.toThrow(/stopped/);
    });
  });
});
