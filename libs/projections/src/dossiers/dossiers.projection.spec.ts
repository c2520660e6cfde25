import { FINAL_SUMMARY, NOMINATION, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { ProjectionRunner } from '../runner/projection-runner';
import { ReadModelWorld } from '../testing/read-model-world';
import { SUMMARY_MAX_LENGTH } from './dossier-headline';
import { DossierRow } from './dossier.row';
import { DossierQueries } from './dossiers.queries';

const PLAN_ROUTE = [
  { orgId: 'moc-dept', level: 'unit' },
  { orgId: 'moc', level: 'ministry' },
  { orgId: 'central', level: 'central_council' },
];

describe('dossiers read model', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;
  let dossiers: DossierQueries;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_dos');
    runner = world.readModels();
    await runner.start();
    dossiers = new DossierQueries(world.pool);
    await world.orgs.registerStandardHierarchy();
  });
  afterAll(() => world.close());

  /** Waits for the read model to catch up with an append, then reads the dossier. */
  async function read(id: string, append: { position: number }): Promise<DossierRow> {
    await runner.waitFor(append.position, { timeoutMs: 20_000 });
    const row = await dossiers.get(id);
    if (!row) throw new Error(`no row for ${id}`);
    return row;
  }

  describe('a plan climbing its three steps', () => {
    const id = 'plan-climb';

    it('starts as a draft of its unit, titled from the payload', async () => {
      const append = await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      const row = await read(id, append);
      expect(row).toMatchObject({
        kind: 'implementation_plan',
        status: 'draft',
        stage: 'draft',
        ownerOrgId: 'moc-dept-office',
        title: PLAN.title,
        summary: null,
        round: 0,
        currentStep: null,
        currentReviewerOrgId: null,
        dueAt: null,
        route: null,
        createdBy: 'submitter@moc-dept-office',
        submittedBy: null,
        revision: 0,
        lastPosition: append.position,
      });
      expect(row.updatedAt).toBe(row.createdAt);
    });

    it('is in review at the first step once submitted, with the route and due date recorded', async () => {
      const append = await world.dossiers.submit(id);
      const row = await read(id, append);
      expect(row).toMatchObject({
        status: 'in_review',
        stage: 'in_review',
        round: 1,
        currentStep: 0,
        currentReviewerOrgId: 'moc-dept',
        currentLevel: 'unit',
        route: PLAN_ROUTE,
        submittedBy: 'submitter@moc-dept-office',
        revision: 2,
        lastPosition: append.position,
      });
      expect(Date.parse(row.dueAt!)).toBeGreaterThan(Date.parse(row.submittedAt!));
      expect(row.updatedAt).toBe(row.submittedAt);
    });

    it('leaves the inbox of a reviewer who approved while the next step is not yet open', async () => {
      const row = await read(id, await world.dossiers.approve(id));
      expect(row).toMatchObject({ status: 'in_review', stage: 'step_approved', currentStep: 0, currentReviewerOrgId: 'moc-dept', dueAt: null });
      expect((await dossiers.inbox('moc-dept')).items).toEqual([]);
    });

    it('moves to the ministry, then to the council', async () => {
      let row = await read(id, await world.dossiers.advance(id));
      expect(row).toMatchObject({ stage: 'in_review', currentStep: 1, currentReviewerOrgId: 'moc', currentLevel: 'ministry' });
      row = await read(id, await world.dossiers.approveAndAdvance(id));
      expect(row).toMatchObject({ stage: 'in_review', currentStep: 2, currentReviewerOrgId: 'central', currentLevel: 'central_council' });
      expect((await dossiers.inbox('central')).items.map((item) => item.id)).toEqual([id]);
    });

    it('is approved by the council after the last step', async () => {
      const row = await read(id, await world.dossiers.approveAndAdvance(id));
      expect(row).toMatchObject({
        status: 'approved',
        stage: 'approved',
        round: 1,
        currentStep: 2,
        currentReviewerOrgId: 'central',
        currentLevel: 'central_council',
        dueAt: null,
        revision: 8,
      });
      expect((await dossiers.inbox('central')).items).toEqual([]);
    });
  });

  describe('a plan returned at the ministry and resubmitted', () => {
    const id = 'plan-returned';

    it('goes back to its unit with the reason, still naming the step that returned it', async () => {
      await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
      await world.dossiers.submit(id);
      await world.dossiers.approveAndAdvance(id);
      const row = await read(id, await world.dossiers.returnForRevision(id, 'Criteria lack yearly targets'));
      expect(row).toMatchObject({
        status: 'returned',
        stage: 'returned',
        round: 1,
        currentStep: 1,
        currentReviewerOrgId: 'moc',
        dueAt: null,
        reason: 'Criteria lack yearly targets',
      });
    });

    it('shows the revised title once edited', async () => {
      const row = await read(id, await world.dossiers.edit(id, { ...PLAN, title: 'Revised plan with yearly targets' }));
      expect(row).toMatchObject({ status: 'returned', title: 'Revised plan with yearly targets' });
    });

    it('starts a second round at the first step when resubmitted', async () => {
      const row = await read(id, await world.dossiers.submit(id));
      expect(row).toMatchObject({
        status: 'in_review',
        stage: 'in_review',
        round: 2,
        currentStep: 0,
        currentReviewerOrgId: 'moc-dept',
        reason: null,
        route: PLAN_ROUTE,
      });
    });
  });

  it('records a rejection with its reason', async () => {
    const id = 'report-rejected';
    await world.dossiers.create(id, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    await world.dossiers.submit(id);
    const row = await read(id, await world.dossiers.reject(id, 'Figures do not match the plan'));
    expect(row).toMatchObject({
      kind: 'yearly_report',
      status: 'rejected',
      title: null,
      summary: null,
      currentStep: 0,
      currentReviewerOrgId: 'camau',
      currentLevel: 'province',
      reason: 'Figures do not match the plan',
      route: [{ orgId: 'camau', level: 'province' }],
    });
  });

  it('records a withdrawal during review, and one of a draft never submitted', async () => {
    await world.dossiers.create('nomination-withdrawn', 'moc-dept-office', { kind: 'award_nomination', payload: NOMINATION });
    await world.dossiers.submit('nomination-withdrawn');
    const during = await read('nomination-withdrawn', await world.dossiers.withdraw('nomination-withdrawn', 'Nominee moved away'));
    expect(during).toMatchObject({
      status: 'withdrawn',
      stage: 'withdrawn',
      round: 1,
      currentStep: 0,
      currentReviewerOrgId: 'moc-dept',
      dueAt: null,
      reason: 'Nominee moved away',
      summary: NOMINATION.achievement,
    });

    await world.dossiers.create('draft-withdrawn', 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    const draft = await read('draft-withdrawn', await world.dossiers.withdraw('draft-withdrawn'));
    expect(draft).toMatchObject({ status: 'withdrawn', round: 0, currentStep: null, reason: null, submittedBy: null });
  });

  it("keeps a preview of a summary's narrative, not the whole text", async () => {
    const narrative = 'Kết quả chuyển đổi số. '.repeat(100);
    const append = await world.dossiers.create('final-summary', 'camau-justice', {
      kind: 'final_summary',
      payload: { ...FINAL_SUMMARY, narrative },
    });
    const row = await read('final-summary', append);
    expect([...row.summary!]).toHaveLength(SUMMARY_MAX_LENGTH);
    expect(row.summary!.endsWith('…')).toBe(true);
    expect(narrative.startsWith(row.summary!.slice(0, -1))).toBe(true);
  });
});
