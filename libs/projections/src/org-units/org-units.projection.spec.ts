import { ReadModelWorld } from '../testing/read-model-world';
import { ProjectionRunner } from '../runner/projection-runner';
import { OrgTreeNode, OrgUnitQueries } from './org-units.queries';

/** The tree reduced to ids, for readable expectations. */
type Shape = Record<string, Shape[]>;
const shape = (nodes: OrgTreeNode[]): Shape[] => nodes.map((node) => ({ [node.id]: shape(node.children) }));

describe('org_units read model', () => {
  let world: ReadModelWorld;
  let runner: ProjectionRunner;
  let orgs: OrgUnitQueries;

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_org');
    runner = world.readModels();
    await runner.start();
    orgs = new OrgUnitQueries(world.pool);
    await world.orgs.registerStandardHierarchy();
    await world.settle(runner);
  });
  afterAll(() => world.close());

  it('holds every registered organisation with its level and parent', async () => {
    const all = await orgs.list();
    expect(all.map((org) => [org.id, org.level, org.parentId, org.status]).sort()).toEqual([
      ['camau', 'province', 'central', 'active'],
      ['camau-justice', 'unit', 'camau', 'active'],
      ['central', 'central_council', null, 'active'],
      ['moc', 'ministry', 'central', 'active'],
      ['moc-dept', 'unit', 'moc', 'active'],
      ['moc-dept-office', 'unit', 'moc-dept', 'active'],
    ]);
    const central = await orgs.get('central');
    expect(central).toMatchObject({ name: 'Central Emulation and Reward Council', retiredAt: null, revision: 0 });
    expect(central!.registeredAt).toBe(central!.updatedAt);
  });

  it('shows the hierarchy as a nested tree', async () => {
    const tree = await orgs.tree();
    expect(shape(tree)).toEqual([
      { central: [{ camau: [{ 'camau-justice': [] }] }, { moc: [{ 'moc-dept': [{ 'moc-dept-office': [] }] }] }] },
    ]);
  });

  describe('after a rename, a move and a retirement', () => {
    beforeAll(async () => {
      await world.orgs.rename('moc', 'Ministry of Culture, Sports and Tourism');
      await world.orgs.move('camau-justice', 'moc');
      await world.orgs.retire('camau', 'merged into another province');
      await world.settle(runner);
    });

    it('updates the rows in place and records the stream revision', async () => {
      expect(await orgs.get('moc')).toMatchObject({ name: 'Ministry of Culture, Sports and Tourism', revision: 1 });
      expect(await orgs.get('camau-justice')).toMatchObject({ parentId: 'moc', revision: 1 });
      const camau = await orgs.get('camau');
      expect(camau).toMatchObject({ status: 'retired', revision: 1 });
      expect(camau!.retiredAt).toBe(camau!.updatedAt);
    });

    it('leaves retired organisations out of the tree and list unless asked', async () => {
      expect(shape(await orgs.tree())).toEqual([
        { central: [{ moc: [{ 'camau-justice': [] }, { 'moc-dept': [{ 'moc-dept-office': [] }] }] }] },
      ]);
      expect((await orgs.list()).map((org) => org.id)).not.toContain('camau');
      expect((await orgs.list({ includeRetired: true })).map((org) => org.id)).toContain('camau');
      expect(shape(await orgs.tree({ includeRetired: true }))[0]).toEqual({
        central: [{ camau: [] }, { moc: [{ 'camau-justice': [] }, { 'moc-dept': [{ 'moc-dept-office': [] }] }] }],
      });
    });
  });
});
