import { DeadlineAction, ReviewEscalated } from '@app/domain';
import { deadlineJobId, ReceivedJob } from '@app/queue';
import { OrgTreeReader } from '@app/workflow/organisations/org-tree-reader';
import { deadlineCommandId, deadlineProcessor } from '../apps/worker/src/deadlines/deadline.processor';
import { FAST, FAST_RULE_SETS, firedDeadlines } from './workers-fast-rules';
import { eventually, WorkersWorld } from './workers-world';

const SECOND = 1000;

describe('the deadline worker (real PostgreSQL and Redis)', () => {
  let world: WorkersWorld;

  beforeEach(async () => {
    world = await WorkersWorld.open({ ruleSets: FAST_RULE_SETS });
  });
  afterEach(() => world.close());

  const openStep = (dueAt: Date) => world.submittedDossier({ ruleSetVersion: FAST, firstDueAt: dueAt.toISOString() });

  function job(dossierId: string, action: DeadlineAction, attempt: number, at: Date): ReceivedJob<'fire-deadline'> {
    const data = { dossierId, round: 1, step: 0, action, attempt, at: at.toISOString() };
    return { id: deadlineJobId(data), name: 'fire-deadline', data, attempt: 1, maxAttempts: 3 };
  }

  /** The processor as the worker runs it, on a clock of the test's choosing. */
  const processorAt = (now: Date) => deadlineProcessor({ store: world.store, rules: world.rules, orgTree: new OrgTreeReader(world.store), now: () => now });

  it('appends nothing for a step decided before its deadline fired', async () => {
    const due = new Date(Date.now() + 60 * SECOND);
    const dossierId = await openStep(due);
    await world.approveOpenStep(dossierId);
    const before = await world.dossierEvents(dossierId);

    const afterDue = processorAt(new Date(due.getTime() + 1));
    await afterDue(job(dossierId, 'remind', 1, new Date(due.getTime() - SECOND)));
    await afterDue(job(dossierId, 'escalate', 1, due));
    expect(await world.dossierEvents(dossierId)).toEqual(before);
  });

  it('appends once when the same job is delivered twice', async () => {
    const due = new Date(Date.now() + 60 * SECOND);
    const dossierId = await openStep(due);
    const escalation = job(dossierId, 'escalate', 1, due);
    const afterDue = processorAt(new Date(due.getTime() + 1));

    await afterDue(escalation);
    const once = await world.dossierEvents(dossierId);
    await afterDue({ ...escalation, attempt: 2 });
    expect(await world.dossierEvents(dossierId)).toEqual(once);

    const fired = firedDeadlines(once);
    expect(fired.map(({ key }) => key)).toEqual(['1.0.escalate.1']);
    expect(fired[0].event.data).toMatchObject({ toOrgId: 'moc', fromOrgId: 'moc-dept', by: { userId: 'worker:deadline', role: 'system' } });
    expect(fired[0].event.metadata).toMatchObject({ commandId: deadlineCommandId(escalation.id) });
  });

  it('puts a job that fired early back until its time, appending nothing, then fires it', async () => {
    const due = new Date(Date.now() + 4 * SECOND);
    const dossierId = await openStep(due);
    await world.startWorkers();
    // Scheduled by a clock running ahead: the job claims to be due now.
    const early = job(dossierId, 'escalate', 1, new Date());
    await world.queues.enqueue([{ name: 'fire-deadline', data: early.data }]);

    const queue = world.queues.queue('deadline');
    const putBack = await eventually(async () => {
      const found = await queue.getJob(early.id);
      return found && (await found.getState()) === 'delayed' && found;
    }, 10_000, 'the early job to be delayed again');
    expect(putBack.attemptsMade).toBe(0); // not a failure: no attempt used
    expect(firedDeadlines(await world.dossierEvents(dossierId))).toEqual([]);

    const [fired] = await eventually(async () => {
      const found = firedDeadlines(await world.dossierEvents(dossierId));
      return found.length > 0 && found;
    }, 10_000, 'the escalation');
    expect(fired.key).toBe('1.0.escalate.1');
    expect(fired.event.recordedAt.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(Date.parse((fired.event.data as ReviewEscalated['data']).at)).toBeGreaterThanOrEqual(due.getTime());
    await eventually(async () => (await queue.getJob(early.id)) === undefined, 5000, 'the completed job to be removed');
  });
});
