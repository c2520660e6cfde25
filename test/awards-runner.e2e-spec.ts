import { Client } from 'pg';
import {
  AchievementAlreadyRewarded,
  AwardCommand,
  awardDecider,
  awardStream,
  HonoursCommand,
  IneligibleNomination,
  NominateForAward,
  UserActor,
} from '@app/domain';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { AwardLedgerQueries } from '@app/projections/awards/award-ledger.queries';
import { freshnessOf } from '@app/projections/awards/ledger-freshness';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { readModelsRunner } from '@app/projections/read-models';
import { replayReadModels } from '@app/projections/replay/blue-green-replay';
import { readModelsCaughtUp } from '@app/projections/awards/ledger-freshness';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import {
  achievementClaimStream,
  AwardLedgerSource,
  AwardRuleBook,
  AwardWorld,
  OrgTreeReader,
  runAwardCommand,
  runDeciderCommand,
  runHonoursCommand,
  runOrgCommand,
} from '@app/workflow';
import { commandMetadata } from '@app/workflow/commands/command-metadata';
import { ORGS } from './support/org-chart';

/**
 * The award command runners on real PostgreSQL, with the award ledger read model kept by the live
 * runner and the clock in the test's hands: a change of award rules effective mid-flight, two
 * nominations of one achievement forced to interleave, and a claim left behind by a withdrawal.
 */
describe('award command runners', () => {
  let schema: TestSchema;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let world: AwardWorld;
  let sequence = 0;
  const submitter: UserActor = { userId: 'lan', orgId: 'dept-heritage', roles: ['submitter'], role: 'submitter' };
  const ministryReviewer: UserActor = { userId: 'minh', orgId: 'ministry-culture', roles: ['reviewer'], role: 'reviewer' };
  const MAI = { kind: 'individual' as const, key: 'heritage.mai', name: 'Lê Thị Mai', orgId: 'dept-heritage' };
  const NAM = { kind: 'individual' as const, key: 'heritage.nam', name: 'Phạm Văn Nam', orgId: 'dept-heritage' };

  const award = (command: AwardCommand, actor: UserActor, now: string, on: AwardWorld = world) =>
    runAwardCommand(on, { command, actor, commandId: `award-command-${++sequence}`, now: new Date(now) });
  const honours = (command: HonoursCommand, now: string) =>
    runHonoursCommand(store, { command, actor: ministryReviewer, commandId: `honours-command-${++sequence}`, now: new Date(now) });
  const nominate = (nominationId: string, nominee: typeof MAI, form: NominateForAward['data']['form'], achievementKey: string): AwardCommand => ({
    type: 'NominateForAward',
    data: { nominationId, nominee, form, achievement: { key: achievementKey, year: 2024, description: 'Archives online' } },
  });
  const typesOf = async (stream: string) => (await store.readStream(stream)).map((event) => event.type);

  beforeAll(async () => {
    schema = await createTestSchema('awards');
    await runMigrations(schema.pool, [...EVENT_STORE_MIGRATIONS, ...PROJECTION_MIGRATIONS]);
    store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config), pollIntervalMs: 50 });
    runner = readModelsRunner({ pool: schema.pool, store });
    await runner.start();
    const admin: UserActor = { userId: 'admin', orgId: 'central-council', roles: ['admin'], role: 'admin' };
    for (const org of ORGS) {
      const { orgId, name, level, parentId } = org as { orgId: string; name: string; level: 'unit'; parentId?: string };
      const data = { orgId, name, level, ...(parentId ? { parentId } : {}) };
      await runOrgCommand(store, { command: { type: 'RegisterOrg', data }, actor: admin, commandId: `org-${orgId}`, now: new Date('2025-01-02T02:00:00Z') });
    }
    world = {
      store,
      awardRules: new AwardRuleBook(),
      ledger: new AwardLedgerQueries(schema.pool, freshnessOf(schema.pool, store, true)),
      orgTree: new OrgTreeReader(store),
    };
    for (const nominee of [MAI, NAM]) {
      for (const year of [2023, 2024]) {
        const data = { nomineeKey: nominee.key, nomineeKind: 'individual' as const, orgId: 'dept-heritage', year, rating: 'good' as const, basisRef: `${year}/QĐ` };
        await honours({ type: 'RecordAnnualResult', data }, `${year + 1}-01-15T02:00:00.000Z`);
      }
    }
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    await schema.drop();
  });

  it('applies a change of award rules only to nominations made after it takes effect', async () => {
    const before = await award(nominate('mai-2024', MAI, 'ministry_certificate', 'heritage.mai:2024'), submitter, '2025-06-20T03:00:00.000Z');
    expect(before.events[0]).toMatchObject({ type: 'AwardNominated', data: { ruleSetVersion: 'vn-awards-2024.01', eligibility: { eligible: true } } });

    // Decided after 1 July 2025, under the version the nomination recorded.
    const vote = { type: 'RecordCouncilVote' as const, data: { nominationId: 'mai-2024', votes: { members: 9, for: 6, against: 1, abstain: 0 } } };
    expect((await award(vote, ministryReviewer, '2025-07-15T03:00:00.000Z')).state.status).toBe('granted');

    // The same record, nominated after 1 July 2025, falls under the changed (example) condition, and nothing is appended.
    const after = award(nominate('nam-2024', NAM, 'ministry_certificate', 'heritage.nam:2024'), submitter, '2025-07-10T03:00:00.000Z');
    await expect(after).rejects.toBeInstanceOf(IneligibleNomination);
    await expect(after).rejects.toMatchObject({
      ruleSetVersion: 'vn-awards-2025.07',
      reasons: [expect.objectContaining({ reason: 'not rated excellent or better in 2023–2024 (2023: good, 2024: good)' })],
    });
    expect(await typesOf(awardStream('nam-2024'))).toEqual([]);
    expect(await typesOf(achievementClaimStream(NAM.key, 'heritage.nam:2024'))).toEqual([]);
  });

  it('lets exactly one of two nominations through when both passed eligibility before either claimed', async () => {
    let arrived = 0;
    let release!: () => void;
    const bothArrived = new Promise<void>((resolve) => (release = resolve));
    // Both decisions read the ledger before either claims: the ledger alone would let both through.
    const ledger: AwardLedgerSource = {
      async ledgerFor(nomineeKey) {
        if (++arrived === 2) release();
        await bothArrived;
        return world.ledger.ledgerFor(nomineeKey);
      },
    };
    const racing = { ...world, ledger };
    const outcomes = await Promise.allSettled([
      award(nominate('race-ministry', NAM, 'ministry_certificate', 'heritage.nam:race'), submitter, '2025-06-20T03:00:00.000Z', racing),
      award(nominate('race-unit', NAM, 'unit_certificate', 'heritage.nam:race'), submitter, '2025-06-20T03:00:00.000Z', racing),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(AchievementAlreadyRewarded);
    const streams = [await typesOf(awardStream('race-ministry')), await typesOf(awardStream('race-unit'))];
    expect(streams.filter((types) => types.length > 0)).toEqual([['AwardNominated']]);
    expect(await typesOf(achievementClaimStream(NAM.key, 'heritage.nam:race'))).toEqual(['AchievementClaimed']);
  });

  it('takes over a claim whose nomination was withdrawn though its release was never recorded', async () => {
    await award(nominate('left-behind', NAM, 'unit_certificate', 'heritage.nam:2024b'), submitter, '2025-06-20T03:00:00.000Z');
    // The withdrawal alone, as if the process had stopped before releasing the claim.
    const withdraw = { type: 'WithdrawNomination' as const, data: { nominationId: 'left-behind' } };
    await runDeciderCommand(
      store,
      awardDecider,
      { stream: awardStream('left-behind'), command: withdraw, request: withdraw, commandId: 'withdraw-only', metadata: commandMetadata(submitter, 'withdraw-only') },
      async () => ({ now: new Date('2025-06-21T03:00:00.000Z'), actor: submitter, awardRules: world.awardRules.ruleSets, ledger: await world.ledger.ledgerFor(NAM.key), tree: await world.orgTree.current() }),
    );
    const claim = achievementClaimStream(NAM.key, 'heritage.nam:2024b');
    expect(await typesOf(claim)).toEqual(['AchievementClaimed']);

    await award(nominate('taken-over', NAM, 'unit_certificate', 'heritage.nam:2024b'), submitter, '2025-06-22T03:00:00.000Z');
    const events = await store.readStream(claim);
    expect(events.map((event) => [event.type, (event.data as { nominationId?: string; reason?: string }).reason ?? null])).toEqual([
      ['AchievementClaimed', null],
      ['AchievementReleased', 'withdrawn'],
      ['AchievementClaimed', null],
    ]);
  });

  it('rebuilds the award ledger by a blue/green replay into exactly the rows kept live', async () => {
    await readModelsCaughtUp(freshnessOf(schema.pool, store, true));
    const rows = async () => (await schema.pool.query('SELECT * FROM award_ledger ORDER BY entry_id COLLATE "C"')).rows;
    const live = await rows();
    const nominations = live.filter((row) => row.entry_kind === 'nomination').map((row) => `${row.entry_id.replace(/race-(ministry|unit)/, 'race')} ${row.status}`);
    expect(nominations.sort()).toEqual(['nomination:left-behind withdrawn', 'nomination:mai-2024 granted', 'nomination:race nominated', 'nomination:taken-over nominated']);
    expect(live.filter((row) => row.entry_kind === 'annual_result')).toHaveLength(4);
    await runner.stop();
    expect((await replayReadModels({ pool: schema.pool, store, only: ['award_ledger'], batchSize: 7 })).status).toBe('swapped');
    expect(await rows()).toEqual(live);
  });
});
