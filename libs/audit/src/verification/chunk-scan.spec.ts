import fc from 'fast-check';
import { canonicalJson, eventHash, GENESIS_HASH, RecordedEvent } from '@app/event-store';
import { MerkleAccumulator } from '../merkle/merkle-accumulator';
import { leafHash } from '../merkle/merkle-hashing';
import { Chunk, ChunkScan } from './chunk-scan';
import { chunksAt, LAST_POSITION, rangesIn } from './chunk-plan';
import { SealRange } from './seal-ranges';
import { stitchChunks } from './stitch-chunks';
import { StoredEvent } from './stored-event';

/** An event as the store keeps it: data and metadata as canonical JSON text, as every adapter writes them. */
function stored({ data, metadata, ...rest }: RecordedEvent, text: (value: unknown) => string = canonicalJson): StoredEvent {
  return { ...rest, dataJson: text(data), metadataJson: text(metadata) };
}

/** Three streams interleaved over positions 0, 10, 20, …, each chained from the genesis hash. */
function log(count: number): RecordedEvent[] {
  const heads = new Map<string, string>();
  const revisions = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const stream = `dossier-${index % 3}`;
    const revision = revisions.get(stream) ?? 0;
    revisions.set(stream, revision + 1);
    const fields = { id: `e${index}`, stream, type: 'Noted', schemaVersion: 1, data: { index }, metadata: {}, recordedAt: new Date(Date.UTC(2026, 0, 1, 0, index)) };
    const hash = eventHash(heads.get(stream) ?? GENESIS_HASH, revision, fields);
    heads.set(stream, hash);
    return { ...fields, revision, position: index * 10, hash };
  });
}

function sealOver(events: RecordedEvent[], sealNumber: number, fromPosition: number, toPosition: number): SealRange {
  const tree = new MerkleAccumulator();
  const covered = events.filter((event) => event.position >= fromPosition && event.position <= toPosition);
  covered.forEach((event) => tree.add(leafHash(event.position, event.hash)));
  return { sealNumber, fromPosition, toPosition, count: covered.length, merkleRoot: tree.root()!, source: 'archive' };
}

function verifyInChunks(events: RecordedEvent[], ranges: SealRange[], chunks: Chunk[], text: (value: unknown) => string = canonicalJson) {
  const results = chunks.map((chunk) => {
    const scan = new ChunkScan(rangesIn(chunk, ranges), 195);
    scan.add(events.filter((event) => event.position >= chunk.fromPosition && event.position <= chunk.toPosition).map((event) => stored(event, text)));
    return scan.finish();
  });
  return stitchChunks(results);
}

const whole: Chunk[] = [{ fromPosition: 0, toPosition: LAST_POSITION }];

describe('verifying in chunks', () => {
  const original = log(30);
  const ranges = [sealOver(original, 1, 0, 95), sealOver(original, 2, 96, 195)];
  const tampered: [string, (events: RecordedEvent[]) => RecordedEvent[]][] = [
    ['untouched', (events) => events],
    ['an edited event', (events) => events.map((event) => (event.position === 70 ? { ...event, data: { index: -1 } } : event))],
    ['a deleted event', (events) => events.filter((event) => event.position !== 130)],
    ['a deleted tail', (events) => events.filter((event) => event.position < 180)],
    ['two swapped events', (events) => events.map((event) => (event.position === 40 ? { ...event, position: 100 } : event.position === 100 ? { ...event, position: 40 } : event)).sort((a, b) => a.position - b.position)],
  ];

  it.each(tampered)('finds the same as one pass, wherever the cuts fall (%s)', (_, tamper) => {
    const events = tamper(original);
    const single = verifyInChunks(events, ranges, whole);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 4 }), (cuts) => {
        expect(verifyInChunks(events, ranges, chunksAt(cuts, ranges))).toEqual(single);
      }),
      { numRuns: 60 },
    );
  });

  it('finds nothing in an untouched log, and names the break in a tampered one', () => {
    expect(verifyInChunks(original, ranges, whole)).toMatchObject({ events: 30, streams: 3, unsealedEvents: 10, problemCount: 0 });
    const edited = verifyInChunks(tampered[1][1](original), ranges, chunksAt([60, 100], ranges));
    expect(edited.problems.map((problem) => problem.kind)).toEqual(['chain']);
    expect(edited.problems[0]).toMatchObject({ stream: 'dossier-1', revision: 2, reason: 'hash_mismatch', position: 70 });
  });

  it('finds the same in a log stored before texts were canonical, wherever the cuts fall', () => {
    const spaced = (value: unknown) => JSON.stringify(value, null, 1);
    for (const [, tamper] of tampered) {
      const events = tamper(original);
      const single = verifyInChunks(events, ranges, whole);
      for (const cuts of [[], [60, 100], [0, 150, 250]]) expect(verifyInChunks(events, ranges, chunksAt(cuts, ranges), spaced)).toEqual(single);
    }
  });

  it('never cuts inside a seal’s range', () => {
    expect(chunksAt([50, 96, 500], ranges)).toEqual([
      { fromPosition: 0, toPosition: 95 },
      { fromPosition: 96, toPosition: 195 },
      { fromPosition: 196, toPosition: 500 },
      { fromPosition: 501, toPosition: LAST_POSITION },
    ]);
  });
});
