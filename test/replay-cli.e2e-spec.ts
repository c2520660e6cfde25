import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { TEST_DATABASE_URL } from '@app/database/testing/test-database';
import { dossierRows } from '@app/projections/dossiers/dossiers.projection';
import { escalationRows } from '@app/projections/escalations/escalations.projection';
import { orgUnitRows } from '@app/projections/org-units/org-units.projection';
import { READ_MODELS_CHECKPOINT } from '@app/projections/read-models';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { foldedRows, storedRows, wholeLog } from '@app/projections/testing/expected-rows';
import { ReadModelWorld } from '@app/projections/testing/read-model-world';
import { playBusyHistory, playDeadlines } from '@app/projections/testing/scenarios';

interface Run {
  code: number | null;
  output: string;
}

/** `npm run cli -- replay` and `diff-projections` as child processes, stopped with SIGTERM and run again. */
describe('replay and diff-projections from the command line', () => {
  let world: ReadModelWorld;
  let live: ProjectionRunner;

  beforeAll(async () => {
    world = await ReadModelWorld.open('cli_replay');
    await world.orgs.registerStandardHierarchy();
    await playBusyHistory(world, 12);
    await playDeadlines(world);
    live = world.readModels(50);
    await live.start();
    await world.settle(live);
  });
  afterAll(() => world.close());

  function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${world.schema.schema}`)}`;
    const child = fork(path.join(__dirname, 'support', 'cli-child.ts'), args, {
      execArgv: ['-r', path.join(__dirname, 'workers-child-register.js')],
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, output })));
    return { child, done };
  }

  async function expectReadModelsMatchTheLog(): Promise<void> {
    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, orgUnitRows)).toEqual(foldedRows(orgUnitRows, log));
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, escalationRows)).toEqual(foldedRows(escalationRows, log));
  }

  it('stops on SIGTERM keeping its checkpoint, then resumes from it and swaps the tables in', async () => {
    const first = start(['replay', '--batch-size', '1']);
    const replayCheckpoint = `${READ_MODELS_CHECKPOINT}__replay`;
    for (let position = -1; position < 0; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      position = (await world.checkpoints.load(replayCheckpoint)) ?? -1;
    }
    first.child.kill('SIGTERM');
    const stopped = await first.done;
    expect(stopped.code).toBe(130);
    expect(stopped.output).toMatch(/stopped at position \d+ .*run the same command again to resume/);
    const kept = await world.checkpoints.load(replayCheckpoint);
    expect(kept).toBe(Number(/stopped at position (\d+)/.exec(stopped.output)![1]));
    expect(kept).toBeLessThan(await world.lastCommittedPosition());

    const second = await start(['replay', '--batch-size', '500']).done;
    expect(second.output).toMatch(/swapped in at position \d+/);
    expect(second.code).toBe(0);
    expect(await world.checkpoints.load(replayCheckpoint)).toBeNull();
    await expectReadModelsMatchTheLog();
  });

  it('finds zero differences between a rebuild and the live read models, and exits 1 on any', async () => {
    const clean = await start(['diff-projections']).done;
    expect(clean.output).toMatch(/^0 differences$/m);
    expect(clean.code).toBe(0);

    await live.stop();
    await world.pool.query(`UPDATE dossiers SET summary = 'edited by hand' WHERE id = 'd-3-returned'`);
    const dirty = await start(['diff-projections', 'dossiers']).done;
    expect(dirty.code).toBe(1);
    expect(dirty.output).toMatch(/changed dossiers\[d-3-returned\]: summary: live "edited by hand", rebuilt /);
    expect(dirty.output).toMatch(/^1 difference$/m);
  });

  it('refuses an unknown read model with exit 2', async () => {
    const run = await start(['replay', 'nope']).done;
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/unknown read model "nope"; known: org_units, dossiers, escalations/);
  });
});
