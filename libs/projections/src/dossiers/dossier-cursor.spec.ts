import { YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { ReadModelWorld } from '../testing/read-model-world';
import { decodeCursor, encodeCursor } from './dossier-cursor';
import { DossierQueries } from './dossiers.queries';
import { InvalidReadQuery } from './read-query.errors';

describe('dossier cursors', () => {
  it('round-trips and is tied to its order', () => {
    const cursor = { sort: 'created_at' as const, at: '2025-06-02T03:00:00.000Z', id: 'd-1' };
    expect(decodeCursor(encodeCursor(cursor), 'created_at')).toEqual(cursor);
    expect(() => decodeCursor(encodeCursor(cursor), 'updated_at')).toThrow(InvalidReadQuery);
    expect(() => decodeCursor('%%%', 'updated_at')).toThrow(InvalidReadQuery);
    expect(() => decodeCursor(Buffer.from('["created_at","not a date","x"]').toString('base64url'), 'created_at')).toThrow(
      InvalidReadQuery,
    );
  });

  describe('when many dossiers share the same instant', () => {
    let world: ReadModelWorld;

    beforeAll(async () => {
      world = await ReadModelWorld.open('pj_tie');
      await world.orgs.registerStandardHierarchy();
      world.clock.freeze();
      for (let i = 0; i < 7; i++) {
        await world.dossiers.create(`same-${i}`, 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
        await world.dossiers.submit(`same-${i}`, 2);
      }
      world.clock.resume();
      const runner = world.readModels();
      await runner.start();
      await world.settle(runner);
    });
    afterAll(() => world.close());

    it('pages by id among equal instants, skipping and repeating nothing', async () => {
      const queries = new DossierQueries(world.pool);
      for (const sort of ['updated_at', 'created_at'] as const) {
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await queries.list({ sort, limit: 3, cursor });
          ids.push(...page.items.map((row) => row.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(ids).toEqual(['same-6', 'same-5', 'same-4', 'same-3', 'same-2', 'same-1', 'same-0']);
      }
      const first = await queries.inbox('camau', { limit: 4 });
      const rest = await queries.inbox('camau', { limit: 4, cursor: first.nextCursor! });
      expect([...first.items, ...rest.items].map((row) => row.id)).toEqual(['same-0', 'same-1', 'same-2', 'same-3', 'same-4', 'same-5', 'same-6']);
    });
  });
});
