import { InvalidPayload } from '../errors/domain.errors';
import { validateEvidence } from './evidence';

const VALUES = [{ criterionId: 'k1', actual: 4_200 }];
const HASH = 'A3F1C2E4B5D6978812AB34CD56EF7890A3F1C2E4B5D6978812AB34CD56EF7890';

describe('evidence', () => {
  it('keeps a file hash (lower-cased) and a reference for a reported criterion', () => {
    expect(validateEvidence([{ criterionId: 'k1', sha256: HASH, ref: ' Report 112/BC-DSVH ', extra: 1 }], VALUES)).toStrictEqual([
      { criterionId: 'k1', sha256: HASH.toLowerCase(), ref: 'Report 112/BC-DSVH' },
    ]);
    expect(validateEvidence(undefined, VALUES)).toEqual([]);
  });

  it('may back the whole report rather than one criterion', () => {
    const signedReport = { sha256: HASH, ref: 'Report 112/BC-DSVH, signed copy', title: 'Yearly report 2025' };
    expect(validateEvidence([signedReport], VALUES)).toStrictEqual([{ ...signedReport, sha256: HASH.toLowerCase() }]);
  });

  it('refuses a hash that is not a SHA-256, no reference, and a criterion with no value', () => {
    try {
      validateEvidence([{ criterionId: 'k2', sha256: 'abc', ref: '' }], VALUES);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPayload);
      const paths = (error as InvalidPayload).issues.map((i) => i.path);
      expect(paths).toEqual(['evidence.0.criterionId', 'evidence.0.sha256', 'evidence.0.ref']);
    }
  });
});
