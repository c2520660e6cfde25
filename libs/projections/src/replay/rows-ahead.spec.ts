import { RecordedEvent } from '@app/event-store';
import { dossierRows } from '../dossiers/dossiers.projection';
import { escalationRows } from '../escalations/escalations.projection';
import { orgUnitRows } from '../org-units/org-units.projection';
import { RowProjectionDefinition } from '../runner/row-projection';
import { foldedRows, storedRows, wholeLog } from '../testing/expected-rows';
import { ReadModelWorld } from '../testing/read-model-world';
import { playBusyHistory, playDeadlines } from '../testing/scenarios';
import { BatchWrites } from './fold-ahead';
import { inTransaction } from './transaction';
import { RowsAhead } from './rows-ahead';

describe('folding a read model ahead of its writes (real PostgreSQL)', () => {
  let world: ReadModelWorld;
  let log: RecordedEvent[];

  beforeAll(async () => {
    world = await ReadModelWorld.open('pj_ahead');
    await world.orgs.registerStandardHierarchy();
    await playBusyHistory(world, 2);
    await playDeadlines(world);
    log = await wholeLog(world.store);
  });
  afterAll(() => world.close());

  /**
   * As a rebuild runs it: batch n + 1 is folded before batch n is written and committed, so the
   * rows batch n changed exist only in memory while it is folded.
   */
  async function rebuild<Row>(definition: RowProjectionDefinition<Row>, batchSize: number, held: number): Promise<Row[]> {
    await world.pool.query(`TRUNCATE ${definition.table.table}`);
    const ahead = new RowsAhead(definition, held);
    let inFlight: BatchWrites | undefined;
    const commit = async (writes: BatchWrites) => {
      await inTransaction(world.pool, writes);
      ahead.committed();
    };
    for (let start = 0; start < log.length; start += batchSize) {
      const writes = await ahead.fold(log.slice(start, start + batchSize), world.pool);
      if (inFlight) await commit(inFlight);
      inFlight = writes;
    }
    if (inFlight) await commit(inFlight);
    return storedRows(world.pool, definition);
  }

  it.each([
    ['holding every row', 1_000],
    ['holding almost none, so rows are let go and read back', 1],
    ['holding none beyond what is not yet written', 0],
  ])('gives exactly the rows of the whole log folded at once, %s', async (_, held) => {
    const check = async <Row>(definition: RowProjectionDefinition<Row>) => {
      const expected = foldedRows(definition, log);
      expect(expected.length).toBeGreaterThan(0);
      for (const batchSize of [1, 4, 9, 1_000]) expect(await rebuild(definition, batchSize, held)).toEqual(expected);
    };
    await check(orgUnitRows);
    await check(dossierRows);
    await check(escalationRows);
  });
});
