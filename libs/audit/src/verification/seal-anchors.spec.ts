import { SEAL_EVENT_TYPE } from '../seals/seal';
import { sealChain, testSealKey } from '../testing/seal-fixtures';
import { checkSealAnchors, StoredSealEvent } from './seal-anchors';

describe('the seal anchors', () => {
  const key = testSealKey();
  const publicKey = { publicKey: key.publicKey, fingerprint: key.fingerprint, file: 'seal.pub.pem' };
  const seals = sealChain(key, 3);
  const stored = (list = seals): StoredSealEvent[] => list.map((seal, revision) => ({ revision, position: 1000 + revision, type: SEAL_EVENT_TYPE, data: { ...seal } }));

  it('takes the seals held outside as the ranges to recompute, and finds nothing wrong with an intact chain', () => {
    const anchors = checkSealAnchors(stored(), { seals: seals.slice(0, 2), problems: [] }, publicKey);
    expect(anchors.problems).toEqual([]);
    expect(anchors.ranges.map((range) => [range.sealNumber, range.source])).toEqual([
      [1, 'archive'],
      [2, 'archive'],
      [3, 'database'],
    ]);
    expect(anchors.lastArchived).toEqual(seals[1]);
  });

  it('names a seal held outside that the database lost', () => {
    const anchors = checkSealAnchors(stored(seals.slice(0, 1)), { seals, problems: [] }, publicKey);
    expect(anchors.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^seal 2 \(positions 10\.\.19\) is held outside but the database no longer has it/),
      expect.stringMatching(/^seal 3 /),
    ]);
    expect(anchors.ranges.map((range) => range.sealNumber)).toEqual([1, 2, 3]);
  });

  it('names a seal of the database that is not signed by our key, or out of its place', () => {
    const forged = sealChain(testSealKey(), 1)[0];
    const anchors = checkSealAnchors(
      [...stored(seals.slice(0, 1)), { revision: 1, position: 2000, type: SEAL_EVENT_TYPE, data: { ...forged, sealNumber: 2 } }, { revision: 2, position: 5, type: SEAL_EVENT_TYPE, data: { ...seals[2] } }],
      { seals: [], problems: [] },
      publicKey,
    );
    expect(anchors.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('seal stream revision 1 (position 2000): seal 2 names key'),
      expect.stringContaining('seal stream revision 2 (position 5): '),
    ]);
  });

  it('reports a copy held outside that is not a seal', () => {
    const anchors = checkSealAnchors(stored(), { seals: [], problems: ['/seals/seal-000000000001.json is not JSON'] }, publicKey);
    expect(anchors.problems).toEqual([{ kind: 'archive', message: '/seals/seal-000000000001.json is not JSON' }]);
  });
});
