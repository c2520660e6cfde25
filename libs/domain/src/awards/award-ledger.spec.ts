import { AwardLedger, LedgerEvent } from './award-ledger';
import { AwardEvent } from './award.events';
import { DEFAULT_AWARD_RULE_SETS } from './default-award-rule-sets';
import { checkEligibility } from './eligibility';
import { AwardNominee } from './nomination';
import { recordOf, result } from './testing/honours.fixture';

const LAN: AwardNominee = { kind: 'individual', key: 'moc-it.nguyen-thi-lan', name: 'Nguyễn Thị Lan', orgId: 'moc-it' };
const by = { userId: 'reviewer@central', role: 'reviewer' as const, orgId: 'central' };
const pmCertificate = (at: string): AwardEvent[] => [
  {
    type: 'AwardNominated',
    data: {
      nominationId: 'n-1',
      nominee: LAN,
      form: 'prime_minister_certificate',
      achievement: { key: 'moc-it:2024', year: 2024, description: 'Online public services' },
      ruleSetVersion: 'vn-awards-2024.01',
      decidedBy: 'prime_minister',
      authority: ['central_council'],
      eligibility: {
        eligible: true,
        form: 'prime_minister_certificate',
        nomineeKind: 'individual',
        ruleSetVersion: 'vn-awards-2024.01',
        standards: [],
        failed: [],
      },
      by,
      at,
    },
  },
  {
    type: 'CouncilVoteRecorded',
    data: {
      nominationId: 'n-1',
      councilOrgId: 'central',
      votes: { members: 9, for: 6, against: 0, abstain: 1 },
      present: 7,
      quorate: true,
      outcome: 'granted',
      decisionRef: '1510/QĐ-TTg',
      by,
      at,
    },
  },
];
const revoked: AwardEvent = { type: 'AwardRevoked', data: { nominationId: 'n-1', reason: 'Fraud', by, at: '2027-03-01T02:00:00.000Z' } };

const HISTORY: LedgerEvent[] = [
  ...recordOf(LAN.key),
  ...pmCertificate('2025-08-01T02:00:00.000Z'),
  ...[2025, 2026, 2027, 2028, 2029].map((year) => result(LAN.key, year, 'excellent')),
];
const medal = (ledger: AwardLedger) =>
  checkEligibility(DEFAULT_AWARD_RULE_SETS[1], ledger, LAN, 'labour_medal', { key: 'moc-it:2029', year: 2029, description: 'Digital' });

describe('AwardLedger', () => {
  it('holds the awards granted by councils and entered from earlier decisions', () => {
    const ledger = AwardLedger.fromEvents(HISTORY);
    expect(ledger.holdings(LAN.key).map((h) => [h.form, h.year, h.source])).toEqual([
      ['ministry_certificate', 2019, 'prior'],
      ['prime_minister_certificate', 2024, 'council'],
    ]);
    expect(ledger.rewardFor(LAN.key, 'moc-it:2024')).toMatchObject({ form: 'prime_minister_certificate', decisionRef: '1510/QĐ-TTg' });
    expect(medal(ledger).eligible).toBe(true);
  });

  it('keeps a revoked award in the history, but it counts no more', () => {
    const ledger = AwardLedger.fromEvents([...HISTORY, revoked]);
    expect(ledger.holdings(LAN.key).map((h) => h.form)).toEqual(['ministry_certificate']);
    expect(ledger.holdings(LAN.key, { includeRevoked: true })[1]).toMatchObject({ revoked: { reason: 'Fraud' } });
    expect(medal(ledger)).toMatchObject({ eligible: false, failed: [expect.objectContaining({ conditionId: 'holds-pm-certificate' })] });
  });

  it('answers from entries folded elsewhere exactly as from the events', () => {
    const events = [...HISTORY, revoked];
    const folded = AwardLedger.fromEvents(events);
    const entries = AwardLedger.fromEntries({
      holdings: folded.holdings(LAN.key, { includeRevoked: true }),
      pending: [{ nominationId: 'n-2', nomineeKey: LAN.key, form: 'labour_medal', achievementKey: 'moc-it:2029' }],
      results: [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029].map((year) => ({ nomineeKey: LAN.key, ...folded.resultOf(LAN.key, year)! })),
    });
    expect(entries.holdings(LAN.key, { includeRevoked: true })).toEqual(folded.holdings(LAN.key, { includeRevoked: true }));
    expect(entries.rewardFor(LAN.key, 'moc-it:2024')).toBeUndefined();
    expect(entries.openNominationFor(LAN.key, 'moc-it:2029')).toMatchObject({ nominationId: 'n-2' });
    expect(entries.openNominationFor(LAN.key, 'moc-it:2029', 'n-2')).toBeUndefined();
    expect(medal(entries)).toEqual(medal(folded));
  });

  it('is rebuilt as it stood on a past day', () => {
    const before = AwardLedger.asOf([...HISTORY, revoked], '2025-07-31T00:00:00.000Z');
    expect(before.rewardFor(LAN.key, 'moc-it:2024')).toBeUndefined();
    expect(before.resultOf(LAN.key, 2024)).toMatchObject({ rating: 'good' });
  });
});
