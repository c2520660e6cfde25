import { DEFAULT_RULE_SETS } from '../rules/default-rule-sets';
import { AUTHORITY_TABLE, MINISTRY_OR_PROVINCE, NOMINATION, PLAN } from '../testing/fixtures/payloads.fixture';
import { authorityPolicyFromTable, holdsAuthority } from './authority-policy';

describe('authority policy', () => {
  const policy = authorityPolicyFromTable(AUTHORITY_TABLE);

  it('reads the levels for a kind from the table', () => {
    expect(policy({ kind: 'implementation_plan', payload: PLAN })).toEqual(['central_council']);
  });

  it('reads the levels for a nomination from its award form', () => {
    expect(policy({ kind: 'award_nomination', payload: NOMINATION })).toEqual(MINISTRY_OR_PROVINCE);
    expect(policy({ kind: 'award_nomination', payload: { ...NOMINATION, awardForm: 'labour_medal' } })).toEqual(['central_council']);
  });

  it('takes a rule set’s authority table as it is', () => {
    const { authority } = DEFAULT_RULE_SETS[0];
    const fromRules = authorityPolicyFromTable(authority);
    expect(fromRules({ kind: 'award_nomination', payload: NOMINATION })).toEqual(authority.byAwardForm.ministry_certificate);
  });

  it('holds authority at one of the listed levels', () => {
    expect(holdsAuthority('ministry', MINISTRY_OR_PROVINCE)).toBe(true);
    expect(holdsAuthority('province', MINISTRY_OR_PROVINCE)).toBe(true);
    expect(holdsAuthority('central_council', MINISTRY_OR_PROVINCE)).toBe(false);
    expect(holdsAuthority('unit', [])).toBe(false);
  });
});
