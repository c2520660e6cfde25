import { PLAN } from '@app/domain/testing/fixtures/payloads.fixture';
import { DeadlineQueries } from '../deadlines/deadline.queries';
import { dossierRows } from '../dossiers/dossiers.projection';
import { escalationRows } from '../escalations/escalations.projection';
import { orgUnitRows } from '../org-units/org-units.projection';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { playBusyHistory, playDeadlines } from '../testing/scenarios';
import { replayReadModels } from './blue-green-replay';
import { OtherReplayInProgress, UnknownReadModel } from './replay.errors';

const TABLES = ['org_units', 'dossiers', 'escalations'] as const;

describe('blue/green replay', () => {
  let world: ReadModelWorld;
  let live: ProjectionRunner;

  /** Every read model equals the whole log folded in memory. */
  async function expectReadModelsMatchTheLog(): Promise<void> {
    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, orgUnitRows)).toEqual(foldedRows(orgUnitRows, log));
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, escalationRows)).toEqual(foldedRows(escalationRows, log));
  }

  /** Names of the indexes and constraints of the read-model tables, and every table whose name has a suffix. */
  async function schemaShape() {
    const { rows: indexes } = await world.pool.query(
      `SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY ($1) ORDER BY 1, 2`,
      [TABLES],
    );
    const { rows: constraints } = await world.pool.query(
      `SELECT conrelid::regclass::text AS table, conname FROM pg_constraint WHERE conrelid::regclass::text = ANY ($1) ORDER BY 1, 2`,
      [TABLES],
    );
    const { rows: tables } = await world.pool.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
    return { indexes, constraints, tables: tables.map((row) => row.tablename) };
  }

  const oidOf = async (table: string) => (await world.pool.query(`SELECT $1::regclass::oid::text AS oid`, [table])).rows[0].oid as string;
  const replay = (options: Partial<Parameters<typeof replayReadModels>[0]> = {}) =>
    replayReadModels({ pool: world.pool, store: world.store, checkpoints: world.checkpoints, batchSize: 25, ...options });

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_replay');
    await world.orgs.registerStandardHierarchy();
    await playBusyHistory(world, 3);
    await playDeadlines(world);
    live = world.readModels(40);
    await live.start();
    await world.settle(live);
  });
  afterAll(() => world.close());

  it('rebuilds every read model beside the live one and swaps it in with the same rows, indexes and constraints', async () => {
    const before = { shape: await schemaShape(), rows: await Promise.all(TABLES.map((table) => world.dump(table))) };
    const oids = await Promise.all(TABLES.map(oidOf));
    const outcome = await replay();

    expect(outcome.status).toBe('swapped');
    expect(outcome.position).toBe(await world.checkpoints.load(READ_MODELS_CHECKPOINT));
    const replaced = await Promise.all(TABLES.map(oidOf));
    expect(replaced.filter((oid, index) => oid === oids[index])).toEqual([]);
    expect(await schemaShape()).toEqual(before.shape);
    expect(await Promise.all(TABLES.map((table) => world.dump(table)))).toEqual(before.rows);
    expect(await world.checkpoints.load(`${READ_MODELS_CHECKPOINT}__replay`)).toBeNull();
    expect(before.rows[2].length).toBeGreaterThan(0);
  });

  it('lets the live runner keep writing during the rebuild, catches up under its lock, and lets it go on after the swap', async () => {
    const head = await world.lastCommittedPosition();
    const phases = new Set<string>();
    let appended = false;
    const outcome = await replay({
      onProgress: async (progress) => {
        phases.add(progress.phase);
        if (appended || progress.phase !== 'rebuilding' || progress.position < head) return;
        // The shadows have read to the end of the log: what the live runner handles now reaches
        // them only through the catch-up under its lock, just before the swap.
        appended = true;
        const during = await world.dossiers.create('during-replay', 'camau-justice', { kind: 'implementation_plan', payload: PLAN });
        await live.waitFor(during.position, { timeoutMs: 20_000 });
      },
    });
    expect(outcome.status).toBe('swapped');
    expect([...phases]).toEqual(['rebuilding', 'indexing', 'catching-up', 'swapping', 'done']);
    const after = await world.dossiers.create('after-replay', 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await live.waitFor(after.position, { timeoutMs: 20_000 });
    await world.settle(live);
    await expectReadModelsMatchTheLog();
    const { rows } = await world.pool.query(`SELECT id FROM dossiers WHERE id IN ('during-replay', 'after-replay') ORDER BY id`);
    expect(rows.map((row) => row.id)).toEqual(['after-replay', 'during-replay']);
  });

  it('never shows readers a half state: every read during the replay sees complete tables', async () => {
    // The read side's query over all three read models, and single-table reads beside it.
    const deadlines = new DeadlineQueries(world.pool);
    const read = async () => ({
      metrics: await deadlines.metrics(new Date('2030-01-01T00:00:00Z')),
      dossiers: (await world.pool.query('SELECT count(*)::integer AS n FROM dossiers')).rows[0].n,
    });
    const expected = await read();
    const seen: unknown[] = [];
    let replaying = true;
    const reader = (async () => {
      while (replaying) seen.push(await read());
    })();
    const outcome = await replay({ batchSize: 10 });
    replaying = false;
    await reader;
    expect(outcome.status).toBe('swapped');
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((row) => JSON.stringify(row) !== JSON.stringify(expected))).toEqual([]);
  });

  it('stopped part-way keeps its committed checkpoint and resumes from it to the same result', async () => {
    let batches = 0;
    const first = await replay({ shouldStop: () => ++batches > 3 });
    expect(first.status).toBe('stopped');
    expect(await world.checkpoints.load(`${READ_MODELS_CHECKPOINT}__replay`)).toBe(first.position);
    expect((await schemaShape()).tables).toEqual(expect.arrayContaining(TABLES.map((table) => `${table}__replay`)));
    const { rows } = await world.pool.query('SELECT count(*)::integer AS n FROM dossiers__replay');
    expect(rows[0].n).toBeGreaterThan(0);

    const log = await wholeLog(world.store);
    const second = await replay();
    expect(second.status).toBe('swapped');
    expect(first.events + second.events).toBe(log.length);
    await world.settle(live);
    await expectReadModelsMatchTheLog();
    expect((await schemaShape()).tables.filter((table) => table.endsWith('__replay'))).toEqual([]);
  });

  it('rebuilds only the read models named, leaving the others in place', async () => {
    const [orgs, escalations] = [await oidOf('org_units'), await oidOf('escalations')];
    const dossiers = await oidOf('dossiers');
    const outcome = await replay({ only: ['dossiers'] });
    expect(outcome.status).toBe('swapped');
    expect([await oidOf('org_units'), await oidOf('escalations')]).toEqual([orgs, escalations]);
    expect(await oidOf('dossiers')).not.toBe(dossiers);
    await expectReadModelsMatchTheLog();
  });

  it('brings the read models it keeps up to the swapped position when the live runner is behind', async () => {
    await live.stop();
    await world.orgs.rename('camau', 'Cà Mau (renamed while the runner was stopped)');
    const created = await world.dossiers.create('while-stopped', 'camau-justice', { kind: 'implementation_plan', payload: PLAN });
    const outcome = await replay({ only: ['dossiers'] });
    expect(outcome.position).toBeGreaterThanOrEqual(created.position);
    expect(await world.checkpoints.load(READ_MODELS_CHECKPOINT)).toBe(outcome.position);
    await expectReadModelsMatchTheLog();
    live = world.readModels(40);
    await live.start();
    await world.settle(live);
    await expectReadModelsMatchTheLog();
  });

  it('refuses to start on other read models while a stopped replay waits, unless restarted', async () => {
    const stopped = await replay({ only: ['escalations'], shouldStop: () => true });
    expect(stopped.status).toBe('stopped');
    await expect(replay({ only: ['dossiers'] })).rejects.toBeInstanceOf(OtherReplayInProgress);
    const restarted = await replay({ only: ['dossiers'], restart: true });
    expect(restarted.status).toBe('swapped');
    expect((await schemaShape()).tables.filter((table) => table.endsWith('__replay'))).toEqual([]);
    await expectReadModelsMatchTheLog();
  });

  it('refuses read model names it does not know', async () => {
    await expect(replay({ only: ['dossiers', 'nope'] })).rejects.toBeInstanceOf(UnknownReadModel);
  });
});
