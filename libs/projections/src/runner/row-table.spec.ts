import fc from 'fast-check';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { deleteRows, loadRows, readRow, selectList, TableSpec, upsertRows } from './row-table';

interface Sample {
  id: string;
  label: string | null;
  count: number | null;
  big: number | null;
  at: string | null;
  doc: unknown;
  tags: string[] | null;
}

const SAMPLES: TableSpec<Sample> = {
  table: 'samples',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    label: { column: 'label', type: 'text' },
    count: { column: 'count', type: 'integer' },
    big: { column: 'big', type: 'bigint' },
    at: { column: 'at', type: 'timestamptz' },
    doc: { column: 'doc', type: 'jsonb' },
    tags: { column: 'tags', type: 'text[]' },
  },
};

/** Rows are written in one statement of every column's values; they must read back exactly as written. */
describe('upserting rows (real PostgreSQL)', () => {
  let db: TestSchema;
  const stored = async () => {
    const { rows } = await db.pool.query(`SELECT ${selectList(SAMPLES)} FROM samples ORDER BY id COLLATE "C"`);
    return rows.map((raw) => readRow(SAMPLES, raw));
  };
  const write = async (rows: Sample[]) => {
    const tx = await db.pool.connect();
    try {
      await upsertRows(tx, SAMPLES, rows);
    } finally {
      tx.release();
    }
  };

  beforeAll(async () => {
    db = await createTestSchema('pj_rows');
    await db.pool.query('CREATE TABLE samples (id text PRIMARY KEY, label text, count integer, big bigint, at timestamptz, doc jsonb, tags text[])');
  });
  afterAll(() => db.drop());
  beforeEach(() => db.pool.query('TRUNCATE samples'));

  it('writes awkward values as they are, and replaces a row already there', async () => {
    const awkward: Sample = {
      id: 'a "quoted" \\ key',
      label: 'NULL',
      count: -7,
      big: 2 ** 40,
      at: '2027-03-01T08:00:00.123Z',
      doc: { nested: [1, 'two', null, { 'é"\\': true }], empty: {} },
      tags: ['', 'NULL', 'a,b', '{x}', 'Đạt "yêu" cầu\\', '😀'],
    };
    const nulls: Sample = { id: 'nulls', label: null, count: null, big: null, at: null, doc: null, tags: null };
    const scalars: Sample = { id: 'scalars', label: '', count: 0, big: 0, at: '2027-03-01T08:00:00.000Z', doc: 'just a string', tags: [] };
    await write([awkward, nulls, scalars]);
    expect(await stored()).toEqual([awkward, nulls, scalars]);

    const changed = { ...awkward, label: 'changed', doc: [null], tags: ['one'] };
    await write([changed]);
    expect(await stored()).toEqual([changed, nulls, scalars]);
    expect(await loadRows(db.pool, SAMPLES, ['nulls', 'missing'])).toEqual(new Map([['nulls', nulls]]));
  });

  it('round-trips any strings and JSON', async () => {
    const text = fc.string({ unit: 'binary' }).map((value) => value.replace(/\u0000/g, ''));
    const sample = fc.record({
      id: text,
      label: fc.option(text, { nil: null }),
      count: fc.constant(1),
      big: fc.constant(2),
      at: fc.constant(null),
      doc: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value).replace(/\\u0000/g, ''))),
      tags: fc.option(fc.array(text, { maxLength: 4 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sample, { selector: (row) => row.id, maxLength: 5 }), async (rows) => {
        await db.pool.query('TRUNCATE samples');
        await write(rows);
        const byId = new Map((await stored()).map((row) => [row.id, row]));
        for (const row of rows) expect(byId.get(row.id)).toEqual(row);
      }),
      { numRuns: 60 },
    );
  });

  it('deletes rows by key', async () => {
    await write([{ id: 'x', label: null, count: null, big: null, at: null, doc: null, tags: null }]);
    const tx = await db.pool.connect();
    await deleteRows(tx, SAMPLES, ['x']).finally(() => tx.release());
    expect(await stored()).toEqual([]);
  });
});
