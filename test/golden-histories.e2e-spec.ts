import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { readModelsRunner } from '@app/projections/read-models';
import { goldenEvent, GoldenEvent, readExpected, readHistory, recordedHistories, writeExpected, writeHistory } from './golden/golden-files';
import { GoldenWorld } from './golden/golden-world';
import { GoldenRecorder } from './golden/recorder/golden-recorder';
import { GOLDEN_SCENARIOS, GoldenScenario } from './golden/recorder/golden-scenarios';

/**
 * Golden histories (test/golden): event histories recorded once from the real deciders, and the
 * read models they must project to. Each history is appended into a fresh schema and projected by
 * the live runner, then rebuilt by a blue/green replay; both must give exactly the expected rows.
 * Each scenario is also recorded again, so a change to a decider that alters its events fails too.
 *
 * A deliberate change is accepted by regenerating the files and reviewing their diff:
 *   GOLDEN_UPDATE=1 npx jest test/golden-histories        expected read models only
 *   GOLDEN_RECORD=1 npx jest test/golden-histories        the histories too, then their read models
 */
const RECORD = process.env.GOLDEN_RECORD === '1';
const UPDATE = RECORD || process.env.GOLDEN_UPDATE === '1';

async function record(scenario: GoldenScenario): Promise<GoldenEvent[]> {
  const world = await GoldenWorld.open();
  let recorder: GoldenRecorder | undefined;
  const store = world.useClock(() => recorder!.now);
  try {
    recorder = new GoldenRecorder(store, scenario.name, scenario.start);
    await scenario.play(recorder);
    return (await world.log(store)).map(goldenEvent);
  } finally {
    await store.close();
    await world.close();
  }
}

describe('golden histories', () => {
  it('has a recorded history for every scenario', () => {
    if (RECORD) return;
    expect(recordedHistories()).toEqual(GOLDEN_SCENARIOS.map((scenario) => scenario.name).sort());
  });

  describe.each(GOLDEN_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (name, scenario) => {
    it('is recorded by the deciders exactly as stored', async () => {
      const recorded = await record(scenario);
      if (RECORD) writeHistory(name, recorded);
      else expect(recorded).toEqual(readHistory(name));
    });

    it('projects to the expected read models, live and after a blue/green replay', async () => {
      const world = await GoldenWorld.open();
      const runner = readModelsRunner({ pool: world.pool, store: world.store, batchSize: 7 });
      try {
        const last = await world.append(readHistory(name));
        await runner.start();
        await runner.waitFor(last, { timeoutMs: 20_000 });
        await runner.stop();
        const projected = await world.readModels();
        if (UPDATE) writeExpected(name, projected);
        else expect(projected).toEqual(readExpected(name));

        const replayed = await replayReadModels({ pool: world.pool, store: world.store, batchSize: 5 });
        expect(replayed.status).toBe('swapped');
        expect(await world.readModels()).toEqual(projected);
      } finally {
        await runner.stop();
        await world.close();
      }
    });
  });
});
