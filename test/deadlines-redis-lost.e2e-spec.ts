import Redis from 'ioredis';
import { DEFAULT_RULE_SETS, millisecondRuleSet } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { JobQueues } from '@app/queue';
import { registerOrgChart } from '../bench/deadlines/org-chart';
import { seedOpenSteps } from '../bench/deadlines/open-steps.seed';
import { firedDeadlines } from './workers-fast-rules';
import { eventually, REDIS_URL, WorkersWorld } from './workers-world';

const DOSSIERS = 1000;
const SECOND = 1000;
/** A logical database of its own: emptying it cannot touch the queues of suites running alongside. */
const REDIS_DB = 9;
const DEADLINE_TYPES = ['ReviewReminderSent', 'ReviewEscalated', 'ReviewOverdue', 'ReviewConsentedBySilence'];
/**
 * Steps opened a minute ago, reminded 30 s before their due date (already, by the time the test
 * starts), due within seconds: what is pending when Redis is lost is each step's escalation.
 */
const VERSION = 'ms-redis-lost';
const RULE_SETS = [
  ...DEFAULT_RULE_SETS,
  millisecondRuleSet(DEFAULT_RULE_SETS[DEFAULT_RULE_SETS.length - 1], { version: VERSION, effectiveFrom: '2020-01-01', stepMs: 60_000, reminderLeadMs: 30_000, escalationGraceMs: 1000 }),
];

describe('Redis lost with 1,000 deadlines pending (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;
  const restarted: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    world = await WorkersWorld.open({ ruleSets: RULE_SETS, redisDb: REDIS_DB });
  });
  afterEach(async () => {
    for (const stop of restarted.splice(0).reverse()) await stop();
    await world.close();
  });

  async function allEvents(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (let page = await world.store.readAll({ limit: 5000 }); page.length > 0; page = await world.store.readAll({ fromPosition: page[page.length - 1].position + 1, limit: 5000 })) {
      events.push(...page);
    }
    return events;
  }

  const deadlineEventCount = async () =>
    Number((await world.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events WHERE type = ANY($1)', [DEADLINE_TYPES])).rows[0].n);

  it('fires every deadline exactly once and none early after FLUSHDB and a restart of the workers', async () => {
    const start = Date.now();
    await registerOrgChart(world.store, new Date(start));
    // Due 15 to 17 s from now: the first fall due while Redis is empty.
    const firstDue = start + 15 * SECOND;
    const dueAt = (i: number) => new Date(firstDue + (i % 20) * 100);
    const submittedAt = new Date(start - 60 * SECOND);
    const plan = { count: DOSSIERS, ruleSet: world.rules.version(VERSION), submittedAt, dueAt, reminded: world.rules.deadlines };
    const dossierIds = await seedOpenSteps(world.store, plan);
    expect(await deadlineEventCount()).toBe(DOSSIERS);
    const seeded = await world.store.headPosition();

    // The first worker process: the dispatcher schedules every escalation, delayed.
    const readModels = await world.startReadModels();
    const dispatcher = await world.startDispatcher();
    const firstWorkers = await world.startWorkers();
    await eventually(async () => dispatcher.position >= seeded, 30_000, 'every step dispatched');
    await world.settle(readModels);

    // It stops, and Redis loses everything. (On a slow machine a few escalations may already
    // have fired: those are no longer pending, and must not fire again.)
    await firstWorkers.close();
    await dispatcher.stop();
    const pending = 2 * DOSSIERS - (await deadlineEventCount());
    await world.redis.flushdb();
    expect(await world.redis.dbsize()).toBe(0);
    // Until some escalations are past due: they must fire at once, not be lost.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstDue + 300 - Date.now())));

    // A restarted process: its own connection, queues, workers, dispatcher and reconciler.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null, enableOfflineQueue: false, db: REDIS_DB });
    const queues = new JobQueues(redis, world.settings);
    restarted.push(async () => {
      await queues.close();
      redis.disconnect();
    });
    const workers = await world.startWorkers(world.processors(), {}, redis);
    await world.startDispatcher(world.checkpoints, queues);
    const reconciled = await world.reconciler(queues).runOnce();
    expect(reconciled).toMatchObject({ checked: DOSSIERS, deadlines: pending, recreated: pending });

    await eventually(async () => (await deadlineEventCount()) >= 2 * DOSSIERS, 40_000, 'every deadline to fire');
    await workers.close(); // nothing more may fire: every step is escalated to the top

    const fired = firedDeadlines((await allEvents()).filter((event) => DEADLINE_TYPES.includes(event.type)));
    const keys = fired.map(({ key, event }) => `${event.stream}/${key}`);
    expect(new Set(keys).size).toBe(keys.length); // none twice
    expect(new Set(fired.map(({ event }) => event.stream))).toEqual(new Set(dossierIds.map((id) => `dossier-${id}`)));
    expect(fired.filter(({ key }) => key === '1.0.remind.1')).toHaveLength(DOSSIERS);
    expect(fired.filter(({ key }) => key === '1.0.escalate.1')).toHaveLength(DOSSIERS);

    const policy = world.rules.deadlines(VERSION);
    const early = fired.filter(({ key, event }) => {
      const { dueAt } = event.data as { dueAt: string };
      const due = key.endsWith('remind.1') ? policy.reminderAt(dueAt) : policy.escalationAt(dueAt, 1);
      return event.recordedAt.getTime() < Date.parse(due);
    });
    expect(early).toEqual([]);
    expect(fired.find(({ key }) => key.endsWith('escalate.1'))!.event.type).toBe('ReviewEscalated');
  }, 90_000);
});
