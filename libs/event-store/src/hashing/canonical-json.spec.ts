import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { canonicalJson } from './canonical-json';

/** The hash chain depends on these bytes: the fast path must never differ from the reference. */
describe('canonicalJson', () => {
  const awkwardKey = fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'toJSON', 'constructor', 'toString', 'length', '1', '10', '2', '', 'é', '\u20ac', '\ud83d\ude00', '\ud800', 'A', 'a'),
  );
  const value = fc.letrec((tie) => ({
    json: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.jsonValue({ maxDepth: 1, stringUnit: 'binary' }),
      fc.array(tie('json'), { maxLength: 4 }),
      fc.dictionary(awkwardKey, tie('json'), { maxKeys: 5 }),
    ),
  })).json;

  it('gives exactly the canonicalize package’s text, awkward keys and numbers included', () => {
    fc.assert(
      fc.property(value, (input) => {
        const parsed = JSON.parse(JSON.stringify(input));
        expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the reference’s answers on values the fast path hands over', () => {
    const withProto = JSON.parse('{"b":1,"__proto__":{"x":1},"a":[{"__proto__":2}]}');
    expect(canonicalJson(withProto)).toBe(canonicalize(withProto));
    expect(canonicalJson({ n: -0, big: 1e21, small: 5e-7, z: [1, 'x', null, true] })).toBe('{"big":1e+21,"n":0,"small":5e-7,"z":[1,"x",null,true]}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});
