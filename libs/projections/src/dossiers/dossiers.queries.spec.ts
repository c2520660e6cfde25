import { NOMINATION, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { ReadModelWorld } from '../testing/read-model-world';
import { DossierCounts } from './dossier-counts.queries';
import { DossierRow } from './dossier.row';
import { DossierListFilter, DossierQueries } from './dossiers.queries';
import { MAX_PAGE_SIZE, pageSize } from './page';
import { InvalidReadQuery } from './read-query.errors';

/**
 * Twelve plans of moc-dept-office in four fates (at the ministry, returned, waiting at the
 * department, withdrawn), three reports of camau-justice waiting at the province and three still
 * drafts, two nominations in draft.
 */
async function seed(world: ReadModelWorld): Promise<void> {
  await world.orgs.registerStandardHierarchy();
  for (let i = 0; i < 12; i++) {
    const id = `plan-${String(i).padStart(2, '0')}`;
    await world.dossiers.create(id, 'moc-dept-office', { kind: 'implementation_plan', payload: { ...PLAN, title: `Plan ${i}` } });
    await world.dossiers.submit(id, 12 - i);
    if (i % 4 === 0) await world.dossiers.approveAndAdvance(id, 20 - i);
    if (i % 4 === 1) await world.dossiers.returnForRevision(id, 'Needs targets');
    if (i % 4 === 3) await world.dossiers.withdraw(id);
  }
  for (let j = 0; j < 6; j++) {
    const id = `report-${j}`;
    await world.dossiers.create(id, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    if (j < 3) await world.dossiers.submit(id, 3 + j);
  }
  for (const id of ['nomination-a', 'nomination-b']) {
    await world.dossiers.create(id, 'moc-dept-office', { kind: 'award_nomination', payload: NOMINATION });
  }
}

describe('dossier queries', () => {
  let world: ReadModelWorld;
  let dossiers: DossierQueries;
  let counts: DossierCounts;
  let all: DossierRow[];

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_dq');
    const runner = world.readModels();
    await runner.start();
    await seed(world);
    await world.settle(runner);
    dossiers = new DossierQueries(world.pool);
    counts = new DossierCounts(world.pool);
    all = (await dossiers.list({ limit: MAX_PAGE_SIZE })).items;
  });
  afterAll(() => world.close());

  /** Follows next cursors to the end, checking every page is within the size asked. */
  async function everyPage(filter: DossierListFilter, size: number): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await dossiers.list({ ...filter, limit: size, cursor });
      expect(page.items.length).toBeLessThanOrEqual(size);
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    return { ids, pages };
  }

  describe('list', () => {
    it('returns the most recently updated first', () => {
      expect(all).toHaveLength(20);
      const order = [...all].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
      expect(all.map((row) => row.id)).toEqual(order.map((row) => row.id));
    });

    it('walks every dossier exactly once through cursor pages', async () => {
      const walked = await everyPage({}, 6);
      expect(walked.ids).toEqual(all.map((row) => row.id));
      expect(walked.pages).toBe(4);
    });

    it('pages by creation time when asked', async () => {
      const walked = await everyPage({ sort: 'created_at' }, 7);
      const byCreation = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      expect(walked.ids).toEqual(byCreation.map((row) => row.id));
    });

    it('ends with a null cursor when the last page is exactly full', async () => {
      const page = await dossiers.list({ limit: 20 });
      expect(page.items).toHaveLength(20);
      expect(page.nextCursor).toBeNull();
    });

    it('filters by kind and status', async () => {
      const reports = await everyPage({ kind: 'yearly_report' }, 4);
      expect(reports.ids.sort()).toEqual(['report-0', 'report-1', 'report-2', 'report-3', 'report-4', 'report-5']);
      const returned = await dossiers.list({ status: 'returned' });
      expect(returned.items.map((row) => row.id).sort()).toEqual(['plan-01', 'plan-05', 'plan-09']);
      const draftPlans = await dossiers.list({ kind: 'implementation_plan', status: 'draft' });
      expect(draftPlans.items).toEqual([]);
    });

    it('finds by organisation both the dossiers it owns and those it currently reviews', async () => {
      const atMinistry = await dossiers.list({ orgId: 'moc' });
      expect(atMinistry.items.map((row) => row.id).sort()).toEqual(['plan-00', 'plan-04', 'plan-08']);
      const province = await dossiers.list({ orgId: 'camau' });
      expect(province.items.map((row) => row.id).sort()).toEqual(['report-0', 'report-1', 'report-2']);
      const owner = await everyPage({ orgId: 'moc-dept-office' }, 5);
      expect(owner.ids).toHaveLength(14);
      const ministryInReview = await dossiers.list({ orgId: 'moc-dept', status: 'in_review' });
      expect(ministryInReview.items.map((row) => row.id).sort()).toEqual(['plan-02', 'plan-06', 'plan-10']);
    });

    it('lists the open reviews already past due at a given instant', async () => {
      const open = all.filter((row) => row.stage === 'in_review').map((row) => row.dueAt!).sort();
      const cutoff = new Date(open[4]);
      const overdue = await dossiers.list({ overdueAt: cutoff });
      const expected = all.filter((row) => row.stage === 'in_review' && Date.parse(row.dueAt!) < cutoff.getTime());
      expect(overdue.items.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
      expect(overdue.items).toHaveLength(4);
      const overdueAtProvince = await dossiers.list({ overdueAt: cutoff, orgId: 'camau' });
      expect(overdueAtProvince.items.every((row) => row.currentReviewerOrgId === 'camau')).toBe(true);
    });

    it('refuses a cursor issued for another order, or one it never issued', async () => {
      const page = await dossiers.list({ limit: 2 });
      await expect(dossiers.list({ sort: 'created_at', cursor: page.nextCursor! })).rejects.toBeInstanceOf(InvalidReadQuery);
      await expect(dossiers.list({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidReadQuery);
      await expect(dossiers.list({ sort: 'title' as never })).rejects.toBeInstanceOf(InvalidReadQuery);
    });

    it('caps the page size at 100 and falls back to 20 for nonsense', () => {
      expect([pageSize(1000), pageSize(0), pageSize(undefined), pageSize(Number.NaN), pageSize(7.9)]).toEqual([100, 20, 20, 20, 7]);
    });
  });

  describe('inbox', () => {
    it("holds the steps open at an organisation, soonest due first", async () => {
      const inbox = await dossiers.inbox('moc-dept');
      expect(inbox.items.map((row) => row.id)).toEqual(['plan-10', 'plan-06', 'plan-02']);
      const dueDates = inbox.items.map((row) => row.dueAt!);
      expect(dueDates).toEqual([...dueDates].sort());
    });

    it('pages through the inbox with its cursor', async () => {
      const first = await dossiers.inbox('camau', { limit: 2 });
      const second = await dossiers.inbox('camau', { limit: 2, cursor: first.nextCursor! });
      expect([...first.items, ...second.items].map((row) => row.id)).toEqual(['report-0', 'report-1', 'report-2']);
      expect(second.nextCursor).toBeNull();
    });

    it('is empty for an organisation with nothing open, and for the owner of the dossiers', async () => {
      expect((await dossiers.inbox('central')).items).toEqual([]);
      expect((await dossiers.inbox('moc-dept-office')).items).toEqual([]);
    });
  });

  describe('counts', () => {
    it('counts dossiers per status for each owning organisation', async () => {
      expect(await counts.byOwner()).toEqual([
        {
          orgId: 'camau-justice',
          byStatus: { draft: 3, in_review: 3, on_hold: 0, returned: 0, rejected: 0, withdrawn: 0, approved: 0 },
          total: 6,
        },
        {
          orgId: 'moc-dept-office',
          byStatus: { draft: 2, in_review: 6, on_hold: 0, returned: 3, rejected: 0, withdrawn: 3, approved: 0 },
          total: 14,
        },
      ]);
      expect((await counts.byOwner(['camau-justice', 'nobody'])).map((row) => row.orgId)).toEqual(['camau-justice']);
    });

    it('counts open reviews and overdue ones per reviewing organisation', async () => {
      const far = new Date('2030-01-01T00:00:00Z');
      expect(await counts.reviewLoad(far)).toEqual([
        { orgId: 'camau', inReview: 3, overdue: 3 },
        { orgId: 'moc', inReview: 3, overdue: 3 },
        { orgId: 'moc-dept', inReview: 3, overdue: 3 },
      ]);
      const load = await counts.reviewLoad(new Date('2025-01-01T00:00:00Z'));
      expect(load.map((row) => row.overdue)).toEqual([0, 0, 0]);
    });
  });
});
