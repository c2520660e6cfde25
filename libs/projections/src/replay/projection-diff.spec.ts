import { READ_MODELS, READ_MODELS_CHECKPOINT } from '../read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { ReadModelWorld } from '../testing/read-model-world';
import { playBusyHistory, playDeadlines } from '../testing/scenarios';
import { diffReadModels } from './projection-diff';

describe('diff of rebuilt and live read models', () => {
  let world: ReadModelWorld;
  let live: ProjectionRunner;
  const diff = (only: string[] = []) =>
    diffReadModels({ pool: world.pool, store: world.store, checkpoints: world.checkpoints, batchSize: 30, only });

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_diff');
    await world.orgs.registerStandardHierarchy();
    await playBusyHistory(world, 2);
    await playDeadlines(world);
    live = world.readModels(25);
    await live.start();
    await world.settle(live);
  });
  afterAll(() => world.close());

  it('finds no difference when the projections are correct, at the live checkpoint, and leaves nothing behind', async () => {
    const outcome = await diff();
    expect(outcome).toMatchObject({ compared: true, differences: 0, position: await world.checkpoints.load(READ_MODELS_CHECKPOINT) });
    expect(outcome.readModels.map(({ name }) => name)).toEqual(READ_MODELS.map((model) => model.name));
    expect(outcome.readModels.filter(({ liveRows, rebuiltRows }) => liveRows !== rebuiltRows)).toEqual([]);
    // The scenarios give these read models rows; the others (movements, agreements, …) may be empty.
    const filled = outcome.readModels.filter(({ name }) => ['org_units', 'dossiers', 'escalations', 'plans'].includes(name));
    expect(filled.map(({ name, liveRows }) => [name, liveRows > 0])).toEqual([
      ['org_units', true],
      ['dossiers', true],
      ['escalations', true],
      ['plans', true],
    ]);
    const { rows } = await world.pool.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE '%\\_\\_diff'`);
    expect(rows).toEqual([]);
    expect(await world.checkpoints.load(`${READ_MODELS_CHECKPOINT}__diff`)).toBeNull();
  });

  it('reports rows changed, missing and extra in the live tables, column by column', async () => {
    await live.stop();
    await world.pool.query(`UPDATE dossiers SET title = 'tampered', round = round + 7 WHERE id = 'd-0-approved'`);
    await world.pool.query(`DELETE FROM org_units WHERE id = 'camau-justice'`);
    await world.pool.query(`INSERT INTO escalations SELECT 'bogus' || id, dossier_id, round, step, attempt + 10, reviewer_org_id, from_org_id, to_org_id, escalated_at, position FROM escalations LIMIT 1`);

    const outcome = await diff();
    expect(outcome.differences).toBe(3);
    const byName = Object.fromEntries(outcome.readModels.map((model) => [model.name, model.shown]));
    expect(byName.dossiers).toEqual([expect.objectContaining({ key: 'd-0-approved', kind: 'changed', columns: ['round', 'title'] })]);
    expect(byName.org_units).toEqual([expect.objectContaining({ key: 'camau-justice', kind: 'missing', live: null })]);
    expect(byName.escalations).toEqual([expect.objectContaining({ kind: 'extra', rebuilt: null })]);
    expect((await diff(['dossiers'])).differences).toBe(1);
  });
});
