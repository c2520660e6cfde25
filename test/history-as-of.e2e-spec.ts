import { Client } from 'pg';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { appendGoldenHistory } from './golden/golden-append';
import { readHistory } from './golden/golden-files';
import { api } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

/**
 * History and time travel over HTTP, on the golden history `org-moves` (recorded 5 April 2027,
 * one command an hour): a plan submitted, its first reviewer renamed and its unit moved, a second
 * plan routed through the new hierarchy, both approved at their first step, a unit retired.
 */
describe('history, and dossiers, inboxes and the organisation tree as of a moment', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let admin: string;
  let positions: number[];
  const before = deterministicUuid('golden\norg-moves\nbefore-move');
  const after = deterministicUuid('golden\norg-moves\nafter-move');
  /** Global position of the history's line `n` (1-based). */
  const line = (n: number) => positions[n - 1];
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    http = api(test.app);
    admin = await test.token('admin', 'central-council', 'admin');
    await appendGoldenHistory(test.context.pool, () => new Client({ connectionString: test.context.database.url }), readHistory('org-moves'));
    const { rows } = await test.context.pool.query<{ position: string }>('SELECT position FROM es_events ORDER BY position');
    positions = rows.map((row) => Number(row.position));
  });
  afterAll(() => test.close());

  describe('history', () => {
    it('gives every event its rule-set version and a sentence in English and Vietnamese, naming organisations as they were then', async () => {
      const { body } = await http.get(`/dossiers/${before}/history`, admin).expect(200);
      expect(body.map((entry: { type: string; ruleSetVersion: string | null }) => [entry.type, entry.ruleSetVersion])).toEqual([
        ['DossierCreated', null],
        ['DossierSubmitted', 'vn-ec-2025.07'],
        ['ReviewRequested', 'vn-ec-2025.07'],
        ['ReviewApproved', 'vn-ec-2025.07'],
        ['ReviewRequested', 'vn-ec-2025.07'],
      ]);
      expect(body[1].description.vi).toBe(
        'Phòng Số hóa tư liệu đã nộp hồ sơ để xét duyệt (lần nộp 1) theo trình tự Cục Di sản văn hóa → Bộ Văn hóa, Thể thao và Du lịch → Hội đồng Thi đua – Khen thưởng Trung ương, áp dụng bộ quy định vn-ec-2025.07.',
      );
      expect(body[3]).toMatchObject({
        actor: 'reviewer.dept-heritage',
        role: 'reviewer',
        organisation: 'dept-heritage',
        comment: 'Cục đồng ý',
        description: {
          en: 'Cục Di sản văn hóa quốc gia approved step 1 (submission 1).',
          vi: 'Cục Di sản văn hóa quốc gia đã phê duyệt bước 1 (lần nộp 1).',
        },
      });
      expect(body[4].description.en).toBe('Step 2 opened: Bộ Văn hóa, Thể thao và Du lịch is to review it by 14 April 2027.');
    });
  });

  describe('a dossier as of', () => {
    it('an instant: as it stood then, folded from its events', async () => {
      const draft = await http.get(`/dossiers/${before}?asOf=2027-04-05T08:30:00Z`, admin).expect(200);
      expect(draft.body).toMatchObject({ status: 'draft', revision: 0, position: line(7), asOf: { at: '2027-04-05T08:30:00.000Z' } });
      const open = await http.get(`/dossiers/${before}?asOf=2027-04-05T13:59:59.999Z`, admin).expect(200);
      expect(open.body).toMatchObject({ status: 'in_review', step: 0, revision: 2, review: { round: 1, ruleSetVersion: 'vn-ec-2025.07' } });
      expect(open.body.review.route.map((step: { orgId: string }) => step.orgId)).toEqual(['dept-heritage', 'ministry-culture', 'central-council']);
    });

    it('a position: the events at or before it', async () => {
      const approved = (await http.get(`/dossiers/${before}?position=${line(15)}`, admin).expect(200)).body;
      expect(approved).toMatchObject({ status: 'step_approved', step: 0, revision: 3, position: line(15), asOf: { position: line(15) } });
      // Positions between two of its events show it as the earlier one left it.
      const between = (await http.get(`/dossiers/${before}?position=${line(15) + 1}`, admin).expect(200)).body;
      expect(between).toEqual({ ...approved, asOf: { position: line(15) + 1 } });
      expect((await http.get(`/dossiers/${before}?position=${line(16)}`, admin).expect(200)).body).toMatchObject({ status: 'in_review', step: 1 });
    });

    it('before it existed: 404', async () => {
      const { body } = await http.get(`/dossiers/${after}?position=${line(11)}`, admin).expect(404);
      expect(body.message).toMatch(/did not exist as of/);
    });

    it('now, when neither is given: the same as the last position', async () => {
      const now = (await http.get(`/dossiers/${after}`, admin).expect(200)).body;
      const atHead = (await http.get(`/dossiers/${after}?position=${line(20)}`, admin).expect(200)).body;
      expect(atHead).toEqual({ ...now, asOf: { position: line(20) } });
    });
  });

  describe("an organisation's inbox as of", () => {
    it('several instants and positions, soonest due first', async () => {
      const inbox = async (orgId: string, query: string) => ids((await http.get(`/organisations/${orgId}/inbox?${query}`, admin).expect(200)).body);
      expect(await inbox('dept-heritage', 'asOf=2027-04-05T08:30:00Z')).toEqual([]);
      expect(await inbox('dept-heritage', 'asOf=2027-04-05T12:30:00Z')).toEqual([before]);
      expect(await inbox('dept-heritage', `position=${line(15)}`)).toEqual([]);
      expect(await inbox('ministry-culture', `position=${line(14)}`)).toEqual([after]);
      expect(await inbox('ministry-culture', 'asOf=2027-04-05T15:30:00Z')).toEqual([after, before].sort());
      expect(await inbox('ministry-culture', `position=${line(17)}`)).toEqual([before]);
      expect(await inbox('central-council', `position=${line(20)}`)).toEqual([after]);
    });

    it('at the head of the log: the live inbox, row for row', async () => {
      const live = (await http.get(`/organisations/ministry-culture/inbox?afterPosition=${line(20)}`, admin).expect(200)).body;
      const folded = (await http.get(`/organisations/ministry-culture/inbox?position=${line(20)}`, admin).expect(200)).body;
      expect(folded).toEqual({ ...live, asOf: { position: line(20) } });
      expect(live.items).toHaveLength(1);
    });
  });

  describe('the organisation tree as of', () => {
    type Node = { orgId: string; name: string; status: string; children: Node[] };
    const find = (nodes: Node[], orgId: string): Node | undefined =>
      nodes.map((node) => (node.orgId === orgId ? node : find(node.children, orgId))).find(Boolean);
    const tree = async (query: string): Promise<Node[]> => (await http.get(`/organisations?${query}`, admin).expect(200)).body;

    it('shows renames, moves and retirements only from when they happened', async () => {
      const start = await tree('asOf=2027-04-05T09:30:00Z');
      expect(find(start, 'dept-heritage')).toMatchObject({ name: 'Cục Di sản văn hóa', children: [expect.objectContaining({ orgId: 'office-digitisation' })] });
      const renamed = await tree(`position=${line(10)}`);
      expect(find(renamed, 'dept-heritage')).toMatchObject({ name: 'Cục Di sản văn hóa quốc gia', children: [expect.objectContaining({ orgId: 'office-digitisation' })] });
      const moved = await tree('asOf=2027-04-05T11:00:00Z');
      expect(find(moved, 'dept-heritage')?.children).toEqual([]);
      expect(find(moved, 'ministry-culture')?.children.map((node) => node.orgId).sort()).toEqual(['dept-heritage', 'office-digitisation']);
      expect(find(moved, 'camau-justice')?.status).toBe('active');
      expect(find(await tree(`position=${line(20)}`), 'camau-justice')?.status).toBe('retired');
      expect(await tree('asOf=2027-04-05T01:00:00Z')).toEqual([]);
    });
  });

  describe('a bad point in time', () => {
    it.each(['/dossiers/ID', '/organisations/ministry-culture/inbox', '/organisations'])('is refused with 400 naming the parameter on %s', async (path) => {
      const url = path.replace('ID', before);
      const badDate = await http.get(`${url}?asOf=2027-02-30T00:00:00Z`, admin).expect(400);
      expect(badDate.body).toMatchObject({ statusCode: 400, message: expect.stringMatching(/^asOf must be an ISO 8601 instant/), details: { parameter: 'asOf' } });
      const negative = await http.get(`${url}?position=-1`, admin).expect(400);
      expect(negative.body).toMatchObject({ message: expect.stringMatching(/^position must be a non-negative integer/), details: { parameter: 'position' } });
      const both = await http.get(`${url}?asOf=2027-04-05T09:00:00Z&position=5`, admin).expect(400);
      expect(both.body.message).toBe('give either asOf or position, not both');
    });
  });
});
