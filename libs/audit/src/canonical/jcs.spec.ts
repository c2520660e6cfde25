import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { jcs } from './jcs';

describe('jcs (the verifier’s own RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and writes numbers the ECMAScript way', () => {
    expect(jcs({ b: 1, a: [1e21, 0.1, -0, 'é'], A: null, '\u20ac': true, '\ud83d\ude00': false })).toBe(
      '{"A":null,"a":[1e+21,0.1,0,"é"],"b":1,"€":true,"😀":false}',
    );
  });

  it('agrees with the reference implementation (the canonicalize package) on any value read back from JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = JSON.parse(JSON.stringify(value));
        expect(jcs(parsed)).toBe(canonicalize(parsed));
      }),
      { numRuns: 500 },
    );
  });
});
