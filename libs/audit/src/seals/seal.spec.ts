import { sealChain, testSealKey } from '../testing/seal-fixtures';
import { sealLinkProblem } from './seal-chain';
import { parseSeal } from './seal.parse';
import { sealSignatureProblem, sealSigningPayload } from './seal-signing';

describe('seals', () => {
  const key = testSealKey();
  const [first, second] = sealChain(key, 2);

  it('signs the canonical body behind a prefix of its own', () => {
    expect(sealSigningPayload(first).toString()).toBe(
      'emulation-log-seal/1\n' +
        `{"count":10,"fromPosition":0,"merkleRoot":"${first.merkleRoot}","previousSealHash":"${'0'.repeat(64)}",` +
        `"publicKeyFingerprint":"${key.fingerprint}","sealNumber":1,"sealedAt":"2026-01-01T00:00:00.000Z","toPosition":9,"version":1}`,
    );
    expect(sealSignatureProblem(first, key.publicKey)).toBeNull();
  });

  it.each([
    ['merkleRoot', { merkleRoot: 'f'.repeat(64) }, 'hash to'],
    ['count', { count: 9 }, 'hash to'],
    ['signature', { signature: 'a'.repeat(128) }, 'signature is not valid'],
  ])('finds a changed %s', (_, change, problem) => {
    expect(sealSignatureProblem({ ...first, ...change }, key.publicKey)).toContain(problem);
  });

  it('finds a seal re-signed with another key', () => {
    const other = testSealKey();
    const [forged] = sealChain(other, 1);
    expect(sealSignatureProblem(forged, key.publicKey)).toContain('not the key given');
  });

  it('links each seal to the one before', () => {
    expect(sealLinkProblem(null, first)).toBeNull();
    expect(sealLinkProblem(first, second)).toBeNull();
    expect(sealLinkProblem(null, second)).toContain('where seal 1 was expected');
    expect(sealLinkProblem(first, { ...second, fromPosition: 11 })).toContain('starts at position 11, expected 10');
    expect(sealLinkProblem(first, { ...second, previousSealHash: second.sealHash })).toContain('names previous seal hash');
  });

  it('parses strictly', () => {
    expect(parseSeal(JSON.parse(JSON.stringify(first)), 'x')).toEqual(first);
    expect(() => parseSeal({ ...first, note: 'hi' }, 'file a')).toThrow('file a: not a valid seal: unknown field note');
    expect(() => parseSeal({ ...first, signature: first.signature.toUpperCase() }, 'x')).toThrow('signature is malformed');
    expect(() => parseSeal({ ...first, count: 11 }, 'x')).toThrow('count exceeds');
  });
});
