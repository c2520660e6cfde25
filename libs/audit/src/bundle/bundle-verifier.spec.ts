import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { eventHash, GENESIS_HASH } from '@app/event-store';
import { keyFingerprint, publicKeyPem } from '../keys/key-fingerprint';
import { leafHash } from '../merkle/merkle-hashing';
import { MerkleTree } from '../merkle/merkle-tree';
import { GENESIS_SEAL_HASH, SEAL_VERSION } from '../seals/seal';
import { signSeal } from '../seals/seal-signing';
import { testSealKey } from '../testing/seal-fixtures';
import { BundleEvent, BundleHeader } from './bundle-format';
import { verifyBundle } from './bundle-verifier';
import { BundleWriter } from './bundle-writer';

const key = testSealKey();

/** A stream of `count` events at positions 10, 20, …, all under one seal, as an exporter writes them. */
function storedEvents(count: number) {
  let previous = GENESIS_HASH;
  return Array.from({ length: count }, (_, revision) => {
    const fields = {
      id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
      stream: 'dossier-d1',
      revision,
      position: (revision + 1) * 10,
      type: 'ReviewApproved',
      schemaVersion: 1,
      data: { step: revision, note: 'Tết ✓', amount: 1.5e-7 },
      metadata: { actor: 'minh' },
      recordedAt: new Date(Date.UTC(2026, 1, 1, 8, revision)),
    };
    const hash = eventHash(previous, revision, fields);
    const entry = { fields, previousHash: previous, hash };
    previous = hash;
    return entry;
  });
}

async function bundle(count = 3, change: (lines: { header: BundleHeader; events: BundleEvent[] }) => void = () => undefined): Promise<Buffer> {
  const stored = storedEvents(count);
  const tree = new MerkleTree(stored.map(({ fields, hash }) => leafHash(fields.position, hash)));
  const seal = signSeal(
    {
      version: SEAL_VERSION,
      sealNumber: 1,
      fromPosition: 0,
      toPosition: count * 10,
      count,
      merkleRoot: tree.root(),
      previousSealHash: GENESIS_SEAL_HASH,
      publicKeyFingerprint: key.fingerprint,
      sealedAt: '2026-02-01T09:00:00.000Z',
    },
    key.privateKey,
  );
  const header: BundleHeader = {
    kind: 'header',
    format: 'emulation-audit-bundle',
    version: 1,
    exportedAt: '2026-02-02T00:00:00.000Z',
    selection: { dossier: 'd1' },
    sealedThrough: seal.toPosition,
    publicKey: publicKeyPem(key.publicKey),
    publicKeyFingerprint: keyFingerprint(key.publicKey),
    streams: [{ stream: 'dossier-d1', fromRevision: 0, toRevision: count - 1 }],
    seals: 1,
    events: count,
  };
  const events: BundleEvent[] = stored.map(({ fields, previousHash, hash }, index) => ({
    kind: 'event',
    event: { ...fields, recordedAt: fields.recordedAt.toISOString(), hash },
    previousHash,
    proof: { sealNumber: 1, leafIndex: index, path: tree.inclusionPath(index) },
  }));
  change({ header, events });
  const chunks: string[] = [];
  const writer = new BundleWriter(async (text) => void chunks.push(text), key.privateKey);
  await writer.header(header);
  await writer.seal({ kind: 'seal', ...seal });
  for (const event of events) await writer.event(event);
  await writer.finish();
  return Buffer.from(chunks.join(''));
}

describe('the offline bundle verifier', () => {
  it('accepts a bundle as exported, recomputing hashes the way the event store does', async () => {
    expect(verifyBundle(await bundle())).toMatchObject({ ok: true, problems: [] });
  });

  it.each<[string, (lines: { header: BundleHeader; events: BundleEvent[] }) => void, string]>([
    ['an event left out', ({ events }) => events.splice(1, 1), 'the header announces 1 seals and 3 events, the file holds 1 and 2'],
    [
      'an event left out, header adjusted',
      ({ header, events }) => {
        events.splice(1, 1);
        header.events = 2;
      },
      'stream dossier-d1: the header lists revisions 0..2, the bundle holds 0, 2',
    ],
    ['a proof for another leaf', ({ events }) => (events[0].proof = { ...events[1].proof }), 'leaf 1 of seal 1 is out of order'],
    ['a wrong previous hash', ({ events }) => (events[2].previousHash = events[0].event.hash), 'is not the hash of the revision before'],
    ['an edited payload with its hash', ({ events }) => (events[1].event.data = { step: 9 }), 'revision 1): its fields give hash'],
    ['a proof naming a missing seal', ({ events }) => (events[0].proof.sealNumber = 2), 'names seal 2, which the bundle does not hold valid'],
  ])('names %s, even in a bundle signed afterwards', async (_, change, problem) => {
    const result = verifyBundle(await bundle(3, change));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain(problem);
  });

  it('refuses a bundle cut short or extended', async () => {
    const whole = await bundle();
    const lines = whole.toString().split('\n');
    expect(verifyBundle(Buffer.from(lines.slice(0, -2).join('\n') + '\n')).problems[0]).toContain('(signature) has an unknown field event');
    expect(verifyBundle(Buffer.concat([whole, Buffer.from('{}\n')])).problems[0]).toContain('(signature)');
    expect(verifyBundle(whole.subarray(0, whole.length - 1)).problems).toEqual(['the file does not end with a newline']);
  });

  it('accepts the published example bundle, and refuses it with any one byte changed', () => {
    const example = readFileSync(join(__dirname, '../../examples/example-bundle.jsonl'));
    expect(verifyBundle(example)).toMatchObject({ ok: true, header: { events: 3, seals: 1 } });
    for (let index = 0; index < example.length; index += 1) {
      const changed = Buffer.from(example);
      changed[index] ^= 0x20;
      expect({ index, ok: verifyBundle(changed).ok }).toEqual({ index, ok: false });
    }
  });

  it('depends on nothing but node:crypto and its own pure modules', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^;]*? from '([^']+)'/gm)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), `${specifier}.ts`));
        else external.add(specifier);
      }
    };
    visit(join(__dirname, 'bundle-verifier.ts'));
    expect([...external]).toEqual(['node:crypto']);
    expect([...seen].every((file) => file.startsWith(resolve(__dirname, '..')))).toBe(true);
  });
});
