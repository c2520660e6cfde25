import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, eventHash, GENESIS_HASH, NewEvent } from '@app/event-store';
import { ChainProblem, loadSealPublicKey, SealDirectory, Sealer, SealingRefused, SealRangeProblem, SEAL_STREAM, signSeal, verifyLog } from '@app/audit';
import { sealEvent } from '@app/audit/sealing/seal-event';
import { eventually } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { startTestApp } from './support/test-app';
import { AuditWorld } from '@app/audit/testing/audit-world';

/**
 * Each test tampers with the store the way someone with database access would: SQL straight
 * against es_events. `verify` must then fail and name what was done.
 */
describe.each([
  ['in one pass', 0],
  ['in chunks on two threads, stitched', 2],
])('verify against real tampering (real PostgreSQL, SQL on es_events), %s', (_, threads) => {
  let world: AuditWorld;
  const verify = () => world.verify(threads);

  beforeEach(async () => {
    world = await AuditWorld.open();
  });
  afterEach(() => world.close());

  async function row(stream: string, revision: number) {
    const { rows } = await world.pool.query<{ position: string; hash: string }>('SELECT position, hash FROM es_events WHERE stream_name = $1 AND revision = $2', [stream, revision]);
    return { position: Number(rows[0].position), hash: rows[0].hash };
  }

  it('passes an untouched log, sealed and not yet sealed', async () => {
    await world.dossier(4);
    const [seal] = await world.seal();
    await world.dossier(3);
    const report = await verify();
    expect(report).toMatchObject({ events: 8, streams: 3, problemCount: 0, databaseSeals: 1, archivedSeals: 1, unsealedEvents: 4 });
    // The three new events and the seal event itself: seals are sealed by the next seal.
    expect(report.lastArchivedSeal).toEqual({ sealNumber: 1, toPosition: seal.toPosition });
    expect(report.threads).toBe(threads);
  });

  it('names an edited payload: stream, revision, expected and found hash', async () => {
    const dossierId = await world.dossier(5);
    await world.dossier(5);
    await world.seal();
    const stream = `dossier-${dossierId}`;
    const stored = await row(stream, 2);

    await world.pool.query(
      `UPDATE es_events SET data = jsonb_set(data::jsonb, '{comment}', '"Step 2 approved without the annex."')::json WHERE stream_name = $1 AND revision = 2`,
      [stream],
    );

    const report = await verify();
    const [edited] = await world.store.readStream(stream, { from: 2, to: 2 });
    const previous = await row(stream, 1);
    expect(report.problems[0]).toEqual<ChainProblem>({
      kind: 'chain',
      reason: 'hash_mismatch',
      stream,
      revision: 2,
      foundRevision: 2,
      position: stored.position,
      expectedHash: eventHash(previous.hash, 2, edited),
      foundHash: stored.hash,
    });
    expect(report.problemCount).toBe(1);
  });

  it('names edited metadata', async () => {
    const dossierId = await world.dossier(3);
    const stream = `dossier-${dossierId}`;
    await world.pool.query(`UPDATE es_events SET metadata = '{"actor":"someone-else"}' WHERE stream_name = $1 AND revision = 1`, [stream]);
    expect((await verify()).problems).toEqual([expect.objectContaining({ kind: 'chain', reason: 'hash_mismatch', stream, revision: 1 })]);
  });

  it('names a deleted middle event, and the seal whose range lost it', async () => {
    const dossierId = await world.dossier(5);
    const [seal] = await world.seal();
    const stream = `dossier-${dossierId}`;
    const next = await row(stream, 3);

    await world.pool.query('DELETE FROM es_events WHERE stream_name = $1 AND revision = 2', [stream]);

    const report = await verify();
    expect(report.problems[0]).toEqual<ChainProblem>({ kind: 'chain', reason: 'revision_gap', stream, revision: 2, foundRevision: 3, position: next.position });
    expect(report.problems[1]).toMatchObject<Partial<SealRangeProblem>>({ kind: 'seal_range', sealNumber: 1, source: 'archive', expected: { count: 5, merkleRoot: seal.merkleRoot } });
    expect((report.problems[1] as SealRangeProblem).found.count).toBe(4);
  });

  it('names an event inserted in the middle with a hash valid for its place', async () => {
    const dossierId = await world.dossier(4);
    const stream = `dossier-${dossierId}`;
    const before = await row(stream, 1);
    // Make room at revision 2, then insert an event whose own hash is right for revision 2.
    await world.pool.query('UPDATE es_events SET revision = revision + 1000 WHERE stream_name = $1 AND revision >= 2', [stream]);
    await world.pool.query('UPDATE es_events SET revision = revision - 999 WHERE stream_name = $1 AND revision >= 1000', [stream]);
    const forged = {
      id: '6b0e7d52-63d4-4c8e-9f55-0c7f6a1c2d3e',
      stream,
      type: 'ReviewApproved',
      schemaVersion: 1,
      data: { dossierId, round: 1, step: 9, reviewerOrgId: 'central-council', comment: 'Approved.' },
      metadata: { actor: 'ghost' },
      recordedAt: new Date(),
    };
    await world.pool.query(
      `INSERT INTO es_events (position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash)
       VALUES ($1, $2, $3, 2, $4, 1, $5, $6, $7, $8)`,
      [before.position + 1, forged.id, stream, forged.type, JSON.stringify(forged.data), JSON.stringify(forged.metadata), forged.recordedAt, eventHash(before.hash, 2, forged)],
    );

    const report = await verify();
    expect(report.problems[0]).toMatchObject({ kind: 'chain', reason: 'hash_mismatch', stream, revision: 3 });
    // Every event pushed up a revision no longer links: its hash was made for its old revision.
    expect(report.problems.map((problem) => (problem as ChainProblem).revision)).toEqual([3, 4]);
  });

  it('names reordered events', async () => {
    const dossierId = await world.dossier(4);
    const stream = `dossier-${dossierId}`;
    const [first, second] = [await row(stream, 1), await row(stream, 2)];
    await world.pool.query('UPDATE es_events SET position = -1 WHERE position = $1', [first.position]);
    await world.pool.query('UPDATE es_events SET position = $1 WHERE position = $2', [first.position, second.position]);
    await world.pool.query('UPDATE es_events SET position = $1 WHERE position = -1', [second.position]);

    const report = await verify();
    expect(report.problems[0]).toMatchObject({ kind: 'chain', reason: 'revision_gap', stream, revision: 1, foundRevision: 2 });
    expect(report.problems[1]).toMatchObject({ kind: 'chain', reason: 'revision_order', stream, revision: 3, foundRevision: 1 });
  });

  it('catches a deleted tail through the seal held outside, and refuses to seal on top of it', async () => {
    await world.dossier(3);
    const [first] = await world.seal();
    const dossierId = await world.dossier(4);
    const [second] = await world.seal();
    const cut = await row(`dossier-${dossierId}`, 2);

    // Everything from revision 2 of the last dossier on, the seal event that covered it included.
    await world.pool.query('DELETE FROM es_events WHERE position >= $1', [cut.position]);

    const report = await verify();
    expect(report.problems.filter((problem) => problem.kind === 'chain')).toEqual([]);
    expect(report.problems[0]).toMatchObject({ kind: 'archive', sealNumber: 2 });
    expect(report.problems[0]).toHaveProperty('message', expect.stringContaining('held outside but the database no longer has it'));
    expect(report.problems[1]).toMatchObject({ kind: 'seal_range', sealNumber: 2, source: 'archive', fromPosition: first.toPosition + 1, toPosition: second.toPosition });
    await expect(world.sealer().sealPending()).rejects.toThrow(SealingRefused);
  });

  it('catches a whole stream rewritten with a consistent new chain through the seal held outside', async () => {
    const dossierId = await world.dossier(5);
    await world.dossier(2);
    const [seal] = await world.seal();
    const stream = `dossier-${dossierId}`;

    // Rewrite every event of the stream and recompute the whole chain, as a careful intruder would.
    let previousHash = GENESIS_HASH;
    for (const event of await world.streamEvents(stream)) {
      const data = { ...(event.data as object), comment: 'Rejected at every step.' };
      previousHash = eventHash(previousHash, event.revision, { ...event, data });
      await world.pool.query('UPDATE es_events SET data = $1, hash = $2 WHERE event_id = $3', [JSON.stringify(data), previousHash, event.id]);
    }

    const report = await verify();
    expect(report.problems.filter((problem) => problem.kind === 'chain')).toEqual([]);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'seal_range', sealNumber: 1, source: 'archive', expected: { count: 7, merkleRoot: seal.merkleRoot } }),
    ]);
    expect((report.problems[0] as SealRangeProblem).found.merkleRoot).not.toBe(seal.merkleRoot);
  });

  it('catches a seal edited in the database: by its signature and by the copy held outside', async () => {
    await world.dossier(3);
    const [seal] = await world.seal();
    await world.pool.query(`UPDATE es_events SET data = jsonb_set(data::jsonb, '{count}', '2')::json WHERE stream_name = 'seal-national'`);

    const report = await verify();
    expect(report.problems.map((problem) => problem.kind)).toEqual(['seal', 'archive', 'chain']);
    expect(report.problems[0]).toHaveProperty('message', expect.stringContaining(`seal 1: its fields hash to`));
    expect(report.problems[1]).toHaveProperty('message', 'seal 1 in the database differs from the copy held outside: count');
    expect(report.problems[2]).toMatchObject({ kind: 'chain', stream: 'seal-national', revision: 0 });
    expect(seal.count).toBe(3);
  });

  it('seals each range once when two sealers run at once, and chains the seals', async () => {
    await world.dossier(3);
    await world.settle();
    const runs = await Promise.all([world.sealer().sealPending(), world.sealer().sealPending()]);
    await world.dossier(2);
    await world.settle();
    const more = await Promise.all([world.sealer().sealPending({ wait: true }), world.sealer().sealPending({ wait: true })]);

    expect(runs.flatMap((run) => run.sealed).map((seal) => seal.sealNumber)).toEqual([1]);
    expect(more.flatMap((run) => run.sealed).map((seal) => seal.sealNumber)).toEqual([2]);
    const report = await verify();
    expect(report).toMatchObject({ problemCount: 0, databaseSeals: 2, archivedSeals: 2, unsealedEvents: 1 });
  });

  it('splits a long backlog into seals of bounded size, and seals the seal events only with other events', async () => {
    const dossierId = await world.dossier(7);
    await world.settle();
    const last = await row(`dossier-${dossierId}`, 6);
    const sealed = (await world.sealer({ maxEventsPerSeal: 3 }).sealPending()).sealed;
    // Three full seals of the dossier's first six events, then the seventh with whichever seal
    // events the frontier already lets through.
    expect(sealed.slice(0, 2).map((seal) => seal.count)).toEqual([3, 3]);
    expect(sealed.every((seal) => seal.count <= 3)).toBe(true);
    expect(sealed[sealed.length - 1].toPosition).toBeGreaterThanOrEqual(last.position);
    // Once the frontier has passed them, only seal events are left: nothing to seal.
    await world.settle();
    expect((await world.sealer().sealPending()).sealed).toEqual([]);
    expect(await verify()).toMatchObject({ problemCount: 0, databaseSeals: sealed.length });
  });

  it('copies to the archive a seal the database has but the archive missed', async () => {
    await world.dossier(2);
    const [seal] = await world.seal();
    expect((await world.archive.read()).seals).toEqual([seal]);
    rmSync(world.archive.location, { recursive: true });
    await world.dossier(1);
    const [next] = await world.seal();
    expect((await world.archive.read()).seals.map((held) => held.sealNumber)).toEqual([1, 2]);
    expect(next.previousSealHash).toBe(seal.sealHash);
  });

  it('stops instead of forking the seal chain when another sealer appended first', async () => {
    await world.dossier(2);
    // A store through which a rival (one that ignored the lock) appends seal 1 just before us.
    const rivalFirst: EventStore = Object.create(world.store, {
      append: {
        value: async (stream: string, events: NewEvent[], expected: number | 'no_stream') => {
          const ours = events[0].data as Parameters<typeof signSeal>[0];
          const rival = signSeal({ ...ours, sealedAt: '2026-01-01T00:00:00.000Z' }, world.key().privateKey);
          await world.store.append(SEAL_STREAM, [sealEvent(rival)], expected);
          return world.store.append(stream, events, expected);
        },
      },
    });
    const warnings: string[] = [];
    const loser = new Sealer({ pool: world.pool, store: rivalFirst, archive: world.archive, key: () => world.key(), log: { log: () => undefined, warn: (message) => warnings.push(message) } });

    await world.settle();
    expect((await loser.sealPending()).sealed).toEqual([]);
    expect(warnings[0]).toContain('another sealer appended first');
    expect(await world.store.streamRevision(SEAL_STREAM)).toBe(0);
    expect((await world.archive.read()).seals).toEqual([]);
    // The next run files the rival's seal outside and carries on from it.
    await world.dossier(1);
    await world.settle();
    expect((await world.sealer().sealPending()).sealed.map((seal) => seal.sealNumber)).toEqual([2]);
    expect(await verify()).toMatchObject({ problemCount: 0, databaseSeals: 2, archivedSeals: 2 });
  });
});

describe('the worker process (the product as `npm start` runs it)', () => {
  it('seals the log on its schedule and files the seal outside, so verify finds it whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'audit-worker-'));
    const keyFile = join(folder, 'keys', 'seal-ed25519.pem');
    const archive = new SealDirectory(join(folder, 'seals'));
    const test = await startTestApp({ SEAL_INTERVAL_MS: '1000', SEAL_DIR: archive.location, SEAL_KEY_FILE: keyFile });
    try {
      await registerOrgChart(test);
      const seal = await eventually(() => archive.latest().then((latest) => latest ?? undefined), 15_000, 'the first seal');
      expect(seal).toMatchObject({ sealNumber: 1, fromPosition: 0 });
      const report = await verifyLog({ pool: test.context.pool, archive, publicKey: loadSealPublicKey(keyFile), keyFile });
      expect(report).toMatchObject({ problemCount: 0 });
      expect(report.archivedSeals).toBeGreaterThanOrEqual(1);
    } finally {
      await test.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
