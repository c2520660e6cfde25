import { runMigrations } from '@app/database';
import { PLAN } from '@app/domain/testing/fixtures/payloads.fixture';
import { escalationRows } from '../escalations/escalations.projection';
import { PROJECTION_MIGRATIONS } from '../projection-migrations';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { dossierRows } from './dossiers.projection';

/** The read models as they stood before deadlines (checkpoints, org_units, dossiers v3). */
const BEFORE_DEADLINES = PROJECTION_MIGRATIONS.filter((migration) => migration.version <= 3);

describe('upgrading the read models to the deadline columns', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_up', BEFORE_DEADLINES);
    await world.orgs.registerStandardHierarchy();
    await world.dossiers.create('plan-old', 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await world.dossiers.submit('plan-old');
    await world.dossiers.fireDeadline('plan-old', 'remind');
    await world.dossiers.fireDeadline('plan-old', 'escalate');
    // What the previous version left behind: rows without the new columns, and its checkpoint at the head.
    await world.pool.query(
      `INSERT INTO dossiers (id, kind, status, stage, owner_org_id, round, created_by, created_at, updated_at, last_position, revision)
       VALUES ('plan-old', 'implementation_plan', 'in_review', 'in_review', 'moc-dept-office', 1, 'someone', now(), now(), 1, 1)`,
    );
    await world.checkpoints.save(world.pool, READ_MODELS_CHECKPOINT, await world.lastCommittedPosition());
  });
  afterAll(() => world.close());

  it('empties the read models and removes their checkpoint, then the runner replays the log into the new shape', async () => {
    await runMigrations(world.pool, PROJECTION_MIGRATIONS);
    expect(await world.dump('dossiers')).toEqual([]);
    expect(await world.checkpoints.load(READ_MODELS_CHECKPOINT)).toBeNull();

    runner = world.readModels();
    await runner.start();
    await world.settle(runner);
    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, escalationRows)).toEqual(foldedRows(escalationRows, log));
    const [row] = await storedRows(world.pool, dossierRows);
    expect(row).toMatchObject({ id: 'plan-old', ruleSetVersion: 'rules-2025.1', escalatedTo: ['moc'], escalationAttempts: 1 });
    expect(row.remindedAt).not.toBeNull();
  });

  it('accepts the on_hold status', async () => {
    await runner.waitFor((await world.dossiers.hold('plan-old')).position, { timeoutMs: 20_000 });
    const { rows } = await world.pool.query("SELECT status, hold_reason FROM dossiers WHERE id = 'plan-old'");
    expect(rows).toEqual([{ status: 'on_hold', hold_reason: 'complaint' }]);
  });
});
