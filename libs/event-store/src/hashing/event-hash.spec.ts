import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { contentDigest, contentDigestOfText, contentTextAround, HashedFields } from './event-hash';

/** The digest built around stored texts must be the canonical content's, byte for byte, or the chain breaks. */
describe('content text around canonical data and metadata', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const event = fc.record({
    id: fc.uuid(),
    stream: fc.stringMatching(/^[a-z]{1,12}-[A-Za-z0-9-]{1,20}$/),
    type: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:]{0,20}$/),
    schemaVersion: fc.integer({ min: 1, max: 10_000 }),
    data: json,
    metadata: fc.dictionary(fc.string(), json, { maxKeys: 4 }),
    recordedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
  });

  it('is exactly the canonical JSON of the whole content', () => {
    fc.assert(
      fc.property(event, (fields: HashedFields) => {
        const { data, metadata, recordedAt, ...rest } = fields;
        const whole = canonicalJson({ data, metadata, recordedAt: recordedAt.toISOString(), ...rest });
        expect(contentTextAround(fields, canonicalJson(data), canonicalJson(metadata))).toBe(whole);
        expect(contentDigestOfText(fields, canonicalJson(data), canonicalJson(metadata))).toBe(contentDigest(fields));
      }),
      { numRuns: 500 },
    );
  });

  it('gives another digest for the same values written in another order', () => {
    const fields = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', stream: 'dossier-1', type: 'Noted', schemaVersion: 1, recordedAt: new Date(0) };
    const data = { b: 1, a: 2 };
    expect(contentDigestOfText(fields, JSON.stringify(data), '{}')).not.toBe(contentDigest({ ...fields, data, metadata: {} }));
    expect(contentDigestOfText(fields, canonicalJson(data), '{}')).toBe(contentDigest({ ...fields, data, metadata: {} }));
  });
});
