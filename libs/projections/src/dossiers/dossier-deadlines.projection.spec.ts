import { NOMINATION, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { AppendResult } from '@app/event-store';
import { escalationRows } from '../escalations/escalations.projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { NEW_RULES, RULES } from '../testing/deadline-rules';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { DossierCounts } from './dossier-counts.queries';
import { DossierRow } from './dossier.row';
import { dossierRows } from './dossiers.projection';
import { DossierQueries } from './dossiers.queries';

const DAY_MS = 86_400_000;
const days = (iso: string, n: number): string => new Date(Date.parse(iso) + n * DAY_MS).toISOString();

const NO_DEADLINE_YET = {
  remindedAt: null,
  escalationAttempts: 0,
  escalatedTo: [],
  overdueRecordedAt: null,
  heldSince: null,
  holdReason: null,
};

describe('dossiers read model: deadlines and holds', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;
  let dossiers: DossierQueries;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_ddl');
    runner = world.readModels();
    await runner.start();
    dossiers = new DossierQueries(world.pool);
    await world.orgs.registerStandardHierarchy();
  });
  afterAll(() => world.close());

  async function read(id: string, append: AppendResult): Promise<DossierRow> {
    await runner.waitFor(append.position, { timeoutMs: 20_000 });
    const row = await dossiers.get(id);
    if (!row) throw new Error(`no row for ${id}`);
    return row;
  }

  describe('a plan whose first step is reminded, escalated twice and decided in place', () => {
    const id = 'plan-late';
    let due: string;

    it('records the rule-set version at submission, with no deadline activity yet', async () => {
      await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      const row = await read(id, await world.dossiers.submit(id));
      expect(row).toMatchObject({ stage: 'in_review', currentStep: 0, ruleSetVersion: RULES, ...NO_DEADLINE_YET });
      due = row.dueAt!;
    });

    it('records the reminder, leaving the due date alone', async () => {
      const row = await read(id, await world.dossiers.fireDeadline(id, 'remind'));
      expect(row).toMatchObject({ stage: 'in_review', dueAt: due, remindedAt: days(due, -2), escalationAttempts: 0, escalatedTo: [] });
    });

    it('records each escalation: the attempt and every organisation notified, in order', async () => {
      let row = await read(id, await world.dossiers.fireDeadline(id, 'escalate'));
      expect(row).toMatchObject({ stage: 'in_review', escalationAttempts: 1, escalatedTo: ['moc'], updatedAt: due });
      row = await read(id, await world.dossiers.fireDeadline(id, 'escalate'));
      expect(row).toMatchObject({ stage: 'in_review', escalationAttempts: 2, escalatedTo: ['moc', 'central'], dueAt: due });
      expect(row.overdueRecordedAt).toBeNull();
    });

    it('logs every escalation in the escalations read model', async () => {
      const { rows } = await world.pool.query(
        'SELECT id, attempt, reviewer_org_id, from_org_id, to_org_id, escalated_at FROM escalations WHERE dossier_id = $1 ORDER BY attempt',
        [id],
      );
      expect(rows).toEqual([
        { id: `1.0.1@${id}`, attempt: 1, reviewer_org_id: 'moc-dept', from_org_id: 'moc-dept', to_org_id: 'moc', escalated_at: new Date(due) },
        { id: `1.0.2@${id}`, attempt: 2, reviewer_org_id: 'moc-dept', from_org_id: 'moc', to_org_id: 'central', escalated_at: new Date(days(due, 1)) },
      ]);
    });

    it('treats an approval by an organisation acting in place like the reviewer’s own, keeping what the deadline did', async () => {
      const row = await read(id, await world.dossiers.approve(id, 'central'));
      expect(row).toMatchObject({
        status: 'in_review',
        stage: 'step_approved',
        currentStep: 0,
        currentReviewerOrgId: 'moc-dept',
        dueAt: null,
        remindedAt: days(due, -2),
        escalationAttempts: 2,
        escalatedTo: ['moc', 'central'],
      });
    });

    it('resets the deadline fields when the next step opens', async () => {
      const row = await read(id, await world.dossiers.advance(id));
      expect(row).toMatchObject({ stage: 'in_review', currentStep: 1, currentReviewerOrgId: 'moc', ruleSetVersion: RULES, ...NO_DEADLINE_YET });
    });
  });

  it('counts consent by silence at a consultation step as the step’s approval', async () => {
    const id = 'plan-consent';
    await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await world.dossiers.submit(id);
    await world.dossiers.approveAndAdvance(id);
    const open = await read(id, await world.dossiers.approveAndAdvance(id));
    expect(open).toMatchObject({ stage: 'in_review', currentStep: 2, currentReviewerOrgId: 'central' });

    const row = await read(id, await world.dossiers.fireDeadline(id, 'consent'));
    expect(row).toMatchObject({ status: 'in_review', stage: 'step_approved', currentStep: 2, dueAt: null, updatedAt: open.dueAt });
    expect(await read(id, await world.dossiers.advance(id))).toMatchObject({ status: 'approved', stage: 'approved' });
  });

  describe('a plan migrated to other rules, then overdue at the top with nobody above', () => {
    const id = 'plan-migrated';

    it('takes the new version and the running step’s new due date', async () => {
      await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      await world.dossiers.submit(id);
      const newDue = world.clock.daysAhead(9);
      const row = await read(id, await world.dossiers.migrate(id, NEW_RULES, newDue));
      expect(row).toMatchObject({ stage: 'in_review', currentStep: 0, ruleSetVersion: NEW_RULES, dueAt: newDue });
    });

    it('keeps the new version on later steps, and records the overdue', async () => {
      await world.dossiers.approveAndAdvance(id);
      const top = await read(id, await world.dossiers.approveAndAdvance(id));
      expect(top).toMatchObject({ currentStep: 2, currentReviewerOrgId: 'central', ruleSetVersion: NEW_RULES });

      const row = await read(id, await world.dossiers.fireDeadline(id, 'escalate'));
      expect(row).toMatchObject({
        stage: 'in_review',
        dueAt: top.dueAt,
        overdueRecordedAt: top.dueAt,
        escalationAttempts: 0,
        escalatedTo: [],
      });
    });

    it('keeps the due date of a step not running when migrated between steps', async () => {
      const other = 'plan-migrated-between';
      await world.dossiers.create(other, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      await world.dossiers.submit(other);
      await world.dossiers.approve(other);
      const row = await read(other, await world.dossiers.migrate(other, NEW_RULES));
      expect(row).toMatchObject({ stage: 'step_approved', dueAt: null, ruleSetVersion: NEW_RULES });
    });
  });

  describe('a nomination put on hold and released', () => {
    const id = 'nomination-held';
    let stopped: string;
    let remindedAt: string;

    it('is listed as on hold, out of the inbox and of the overdue counts, keeping the due date that stopped', async () => {
      await world.dossiers.create(id, 'moc-dept-office', { kind: 'award_nomination', payload: NOMINATION });
      await world.dossiers.submit(id);
      remindedAt = (await read(id, await world.dossiers.fireDeadline(id, 'remind'))).remindedAt!;
      const append = await world.dossiers.hold(id, 'investigation');
      const row = await read(id, append);
      stopped = row.dueAt!;
      expect(row).toMatchObject({
        status: 'on_hold',
        stage: 'on_hold',
        currentStep: 0,
        currentReviewerOrgId: 'moc-dept',
        heldSince: row.updatedAt,
        holdReason: 'investigation',
        remindedAt,
      });

      expect((await dossiers.list({ status: 'on_hold' })).items.map((item) => item.id)).toEqual([id]);
      expect((await dossiers.inbox('moc-dept')).items.map((item) => item.id)).not.toContain(id);
      // The held nomination is the only step left with moc-dept, so moc-dept has no load at all.
      const load = await new DossierCounts(world.pool).reviewLoad(new Date(days(stopped, 30)));
      expect(load.find((entry) => entry.orgId === 'moc-dept')).toBeUndefined();
      expect((await dossiers.list({ overdueAt: new Date(days(stopped, 30)) })).items.map((item) => item.id)).not.toContain(id);
    });

    it('keeps the stopped due date when migrated while held', async () => {
      const row = await read(id, await world.dossiers.migrate(id, NEW_RULES));
      expect(row).toMatchObject({ stage: 'on_hold', ruleSetVersion: NEW_RULES, dueAt: stopped, holdReason: 'investigation' });
    });

    it('is back in review with the new due date once released; the reminder already sent still counts', async () => {
      const newDue = world.clock.daysAhead(4);
      const row = await read(id, await world.dossiers.release(id, newDue));
      expect(row).toMatchObject({ status: 'in_review', stage: 'in_review', dueAt: newDue, heldSince: null, holdReason: null, remindedAt });
      expect((await dossiers.inbox('moc-dept')).items.map((item) => item.id)).toContain(id);
    });

    it('is no longer held once withdrawn while held', async () => {
      await world.dossiers.hold(id, 'other', 'Pending a court ruling');
      const row = await read(id, await world.dossiers.withdraw(id, 'Nominee retired'));
      expect(row).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', dueAt: null, heldSince: null, holdReason: null });
    });
  });

  it('starts a resubmitted round with no deadline activity, under the same rules', async () => {
    const id = 'report-returned';
    await world.dossiers.create(id, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    await world.dossiers.submit(id);
    const escalated = await read(id, await world.dossiers.fireDeadline(id, 'escalate'));
    expect(escalated).toMatchObject({ escalationAttempts: 1, escalatedTo: ['central'] });
    await world.dossiers.returnForRevision(id, 'Figures missing');
    const row = await read(id, await world.dossiers.submit(id));
    expect(row).toMatchObject({ round: 2, stage: 'in_review', currentStep: 0, ruleSetVersion: RULES, ...NO_DEADLINE_YET });
  });

  it('holds exactly what folding the whole log in memory gives', async () => {
    await world.settle(runner);
    const log = await wholeLog(world.store);
    expect(await storedRows(world.pool, dossierRows)).toEqual(foldedRows(dossierRows, log));
    expect(await storedRows(world.pool, escalationRows)).toEqual(foldedRows(escalationRows, log));
  });
});
