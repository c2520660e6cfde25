import { dossierDecider, DossierEvent, fold, pendingDeadlines, pendingDeadlinesOfStep } from '@app/domain';
import { PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { NEW_RULES, testDeadlinePolicies } from '../testing/deadline-rules';
import { ReadModelWorld } from '../testing/read-model-world';
import { ProjectionRunner } from '../runner/projection-runner';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { DeadlineQueries, OpenStepDeadlineRow } from './deadline.queries';

/**
 * The deadline reconciler schedules most steps from these rows without reading their streams, so
 * each row must give exactly the deadlines the dossier's own events give.
 */
describe('open step deadlines from the read model', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;
  let deadlines: DeadlineQueries;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_osd');
    runner = world.readModels(5);
    await runner.start();
    const d = world.dossiers;
    await world.orgs.registerStandardHierarchy();
    const report = async (id: string) => {
      await d.create(id, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
      await d.submit(id);
    };
    const plan = async (id: string) => {
      await d.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      await d.submit(id);
    };
    await report('just-opened');
    await report('reminded');
    await d.fireDeadline('reminded', 'remind');
    await report('released');
    await d.hold('released', 'investigation');
    await d.release('released', 9);
    await report('migrated');
    await d.migrate('migrated', NEW_RULES, 7);
    await report('resubmitted');
    await d.returnForRevision('resubmitted', 'figures missing');
    await d.submit('resubmitted', 4);
    await plan('second-step');
    await d.approveAndAdvance('second-step');
    // A plan's Central Council step is a consultation under the scenarios' rules: consent at the due date.
    await plan('consultation');
    await d.approveAndAdvance('consultation');
    await d.approveAndAdvance('consultation');
    await report('escalated');
    await d.fireDeadline('escalated', 'escalate');
    await report('held');
    await d.hold('held');
    await report('decided');
    await d.approve('decided');
    await world.settle(runner);
    deadlines = new DeadlineQueries(world.pool);
  });
  afterAll(() => world.close());

  const all = async (limit = 1000): Promise<{ through: number[]; steps: OpenStepDeadlineRow[] }> => {
    const through: number[] = [];
    const steps: OpenStepDeadlineRow[] = [];
    let afterId: string | undefined;
    for (;;) {
      const page = await deadlines.openStepDeadlines({ afterId, limit });
      through.push(page.through);
      steps.push(...page.steps);
      if (page.steps.length < limit) return { through, steps };
      afterId = page.steps[page.steps.length - 1].dossierId;
    }
  };

  it('lists every running step, in pages, with the checkpoint the rows are current to', async () => {
    const { through, steps } = await all(3);
    expect(steps.map((step) => step.dossierId)).toEqual(
      ['consultation', 'escalated', 'just-opened', 'migrated', 'released', 'reminded', 'resubmitted', 'second-step'].sort(),
    );
    const checkpoint = await world.checkpoints.load(READ_MODELS_CHECKPOINT);
    expect(new Set(through)).toEqual(new Set([checkpoint]));
    expect(checkpoint).toBe(runner.position);
  });

  it('gives each step exactly the deadlines its stream gives, escalated steps apart', async () => {
    const { steps } = await all();
    const escalated = steps.filter((step) => step.escalations > 0);
    expect(escalated.map((step) => step.dossierId)).toEqual(['escalated']);
    for (const row of steps.filter((step) => step.escalations === 0)) {
      const events = await world.store.readStream(`dossier-${row.dossierId}`);
      const fromStream = pendingDeadlines(fold(dossierDecider, events as unknown as DossierEvent[]), testDeadlinePolicies);
      const fromRow = pendingDeadlinesOfStep({ ...row, ruleSetVersion: row.ruleSetVersion!, lastInChain: false }, testDeadlinePolicies);
      expect({ dossier: row.dossierId, deadlines: fromRow }).toEqual({ dossier: row.dossierId, deadlines: fromStream });
      expect(fromStream.length).toBeGreaterThan(0);
    }
  });

  it('reads the checkpoint as -1 when the read models never committed a batch', async () => {
    const empty = new DeadlineQueries(world.pool, 'read-models-never-run');
    expect((await empty.openStepDeadlines({ limit: 10 })).through).toBe(-1);
  });
});
