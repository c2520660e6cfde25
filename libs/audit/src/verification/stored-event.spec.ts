import fc from 'fast-check';
import { canonicalJson, contentDigest, eventHash, GENESIS_HASH } from '@app/event-store';
import { brokenLink, committedDigest, firstDigest, StoredEvent } from './stored-event';

const PREVIOUS = 'a'.repeat(64);
const header = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', stream: 'dossier-1', type: 'ReviewApproved', schemaVersion: 1, recordedAt: new Date('2027-03-01T08:00:00.123Z') };
const data = { step: 2, comment: 'Đạt yêu cầu', by: { userId: 'minh', role: 'reviewer' }, tags: ['a', 'b'] };
const metadata = { role: 'reviewer', actor: 'minh' };

/** The event appended at `revision` after PREVIOUS (GENESIS_HASH at 0), its texts written by `text`. */
function storedAs(revision: number, text: (value: unknown) => string, values = { data, metadata }): StoredEvent {
  const hash = eventHash(revision === 0 ? GENESIS_HASH : PREVIOUS, revision, { ...header, data, metadata });
  return { ...header, revision, position: 100 + revision, hash, dataJson: text(values.data), metadataJson: text(values.metadata) };
}

describe('checking a stored event against its chain', () => {
  it('links an event stored as canonical text, as every adapter now writes it', () => {
    expect(brokenLink(PREVIOUS, 3, storedAs(3, canonicalJson))).toBeNull();
  });

  it('links an event stored before texts were canonical (keys in writing order, or spaced out)', () => {
    expect(brokenLink(PREVIOUS, 3, storedAs(3, (value) => JSON.stringify(value)))).toBeNull();
    expect(brokenLink(PREVIOUS, 3, storedAs(3, (value) => JSON.stringify(value, null, 2)))).toBeNull();
  });

  it('names the hash a tampered event should have, whether its text is canonical or not', () => {
    const edited = { data: { ...data, comment: 'Không đạt' }, metadata };
    for (const text of [canonicalJson, (value: unknown) => JSON.stringify(value, null, 1)]) {
      const event = storedAs(3, text, edited);
      expect(brokenLink(PREVIOUS, 3, event)).toBe(eventHash(PREVIOUS, 3, { ...header, ...edited }));
    }
  });

  it('finds any change of a canonical text, and never one that only re-encodes the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (original, replacement) => {
        const event = { ...storedAs(2, canonicalJson), hash: eventHash(PREVIOUS, 2, { ...header, data: original, metadata }), dataJson: canonicalJson(original) };
        expect(brokenLink(PREVIOUS, 2, event)).toBeNull();
        const changed = { ...event, dataJson: canonicalJson(replacement) };
        const same = canonicalJson(JSON.parse(JSON.stringify(replacement))) === canonicalJson(original);
        expect(brokenLink(PREVIOUS, 2, changed) === null).toBe(same);
        expect(brokenLink(PREVIOUS, 2, { ...event, dataJson: JSON.stringify(original, null, 1) })).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('gives a stream’s first event in a chunk its committed digest, however it was stored', () => {
    const committed = contentDigest({ ...header, data, metadata });
    for (const text of [canonicalJson, (value: unknown) => JSON.stringify(value, null, 1)]) {
      for (const revision of [0, 4]) expect(firstDigest(storedAs(revision, text))).toBe(committed);
    }
    const edited = storedAs(0, canonicalJson, { data: { ...data, step: 9 }, metadata });
    expect(firstDigest(edited)).toBe(committedDigest(edited));
    expect(firstDigest(edited)).not.toBe(committed);
  });
});
