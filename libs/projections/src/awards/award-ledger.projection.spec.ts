import { AwardEvent, AwardLedger, awardStream, checkEligibility, DEFAULT_AWARD_RULE_SETS, HonoursEvent, honoursStream, LedgerEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { evolveRows } from '../runner/row-projection';
import { awardLedgerRows } from './award-ledger.projection';
import { AwardLedgerRow } from './award-ledger.row';
import { ledgerFromRows } from './ledger-from-rows';

const LAN = { kind: 'individual' as const, key: 'moc-it.nguyen-thi-lan', name: 'Nguyễn Thị Lan', orgId: 'moc-it' };
const by = { userId: 'reviewer@moc', role: 'reviewer' as const, orgId: 'moc' };
const eligibility = { eligible: true, form: 'ministry_certificate' as const, nomineeKind: 'individual' as const, ruleSetVersion: 'vn-awards-2024.01', standards: [], failed: [] };

const result = (year: number, rating: 'excellent' | 'good' | 'completed', at = `${year + 1}-01-15T02:00:00.000Z`): HonoursEvent => ({
  type: 'AnnualResultRecorded',
  data: { nomineeKey: LAN.key, nomineeKind: 'individual', orgId: 'moc-it', year, rating, titles: ['grassroots_emulation_fighter'], basisRef: `${year}/QĐ`, by, at },
});
const nominated = (nominationId: string, achievementKey: string, year: number, form: 'ministry_certificate' | 'prime_minister_certificate'): AwardEvent => ({
  type: 'AwardNominated',
  data: {
    nominationId,
    nominee: LAN,
    form,
    achievement: { key: achievementKey, year, description: 'Digital services' },
    ruleSetVersion: 'vn-awards-2024.01',
    decidedBy: 'minister_or_provincial_chair',
    authority: ['ministry'],
    eligibility: { ...eligibility, form },
    by,
    at: `${year + 1}-03-01T02:00:00.000Z`,
  },
});
const vote = (nominationId: string, outcome: 'granted' | 'refused' | 'no_quorum', at: string): AwardEvent => ({
  type: 'CouncilVoteRecorded',
  data: { nominationId, councilOrgId: 'moc', votes: { members: 9, for: 6, against: 1, abstain: 0 }, present: 7, quorate: outcome !== 'no_quorum', outcome, decisionRef: `${nominationId}/QĐ`, by, at },
});

const HISTORY: Array<[string, LedgerEvent]> = [
  [honoursStream(LAN.key), { type: 'PriorAwardRecorded', data: { nomineeKey: LAN.key, nomineeKind: 'individual', form: 'ministry_certificate', year: 2019, achievementKey: 'moc-it:2019', decisionRef: '2045/QĐ-BVHTTDL', by, at: '2025-01-10T02:00:00.000Z' } }],
  ...[2020, 2021, 2022, 2023].map((year): [string, LedgerEvent] => [honoursStream(LAN.key), result(year, 'good')]),
  [honoursStream(LAN.key), result(2024, 'completed')],
  [honoursStream(LAN.key), { ...result(2024, 'excellent', '2025-02-01T02:00:00.000Z'), data: { ...result(2024, 'excellent', '2025-02-01T02:00:00.000Z').data, comment: 'Amended', replaces: { rating: 'completed', titles: [], basisRef: '2024/QĐ' } } } as HonoursEvent],
  [awardStream('n-granted'), nominated('n-granted', 'moc-it:2022', 2022, 'ministry_certificate')],
  [awardStream('n-granted'), { type: 'EligibilityOverridden', data: { nominationId: 'n-granted', justification: 'Flood relief', failed: [], by, at: '2023-03-01T02:00:00.000Z' } }],
  [awardStream('n-granted'), vote('n-granted', 'no_quorum', '2023-04-01T02:00:00.000Z')],
  [awardStream('n-granted'), vote('n-granted', 'granted', '2023-05-01T02:00:00.000Z')],
  [awardStream('n-revoked'), nominated('n-revoked', 'moc-it:2023', 2023, 'ministry_certificate')],
  [awardStream('n-revoked'), vote('n-revoked', 'granted', '2024-05-01T02:00:00.000Z')],
  [awardStream('n-revoked'), { type: 'AwardRevoked', data: { nominationId: 'n-revoked', reason: 'Fraud', by, at: '2025-01-20T02:00:00.000Z' } }],
  [awardStream('n-refused'), nominated('n-refused', 'moc-it:2024a', 2024, 'prime_minister_certificate')],
  [awardStream('n-refused'), vote('n-refused', 'refused', '2025-05-01T02:00:00.000Z')],
  [awardStream('n-withdrawn'), nominated('n-withdrawn', 'moc-it:2024b', 2024, 'ministry_certificate')],
  [awardStream('n-withdrawn'), { type: 'NominationWithdrawn', data: { nominationId: 'n-withdrawn', by, at: '2025-04-01T02:00:00.000Z' } }],
  [awardStream('n-open'), nominated('n-open', 'moc-it:2024', 2024, 'prime_minister_certificate')],
];

const recorded = HISTORY.map(([stream, event], index): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  stream,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {},
  recordedAt: new Date((event.data as { at: string }).at),
  revision: 0,
  position: 1000 + index * 10,
  hash: '',
}));

const fold = (events: readonly RecordedEvent[], from: ReadonlyMap<string, AwardLedgerRow> = new Map()) =>
  new Map([...evolveRows(awardLedgerRows, from, events)].filter((entry): entry is [string, AwardLedgerRow] => entry[1] !== null));

describe('award_ledger read model', () => {
  const rows = fold(recorded);

  it('keeps one entry per nomination, earlier award and yearly result, with its status', () => {
    const status = Object.fromEntries([...rows.values()].map((row) => [row.entryId, row.status]));
    expect(status).toEqual({
      'prior:moc-it.nguyen-thi-lan:moc-it:2019': 'held',
      'result:moc-it.nguyen-thi-lan:2020': 'recorded',
      'result:moc-it.nguyen-thi-lan:2021': 'recorded',
      'result:moc-it.nguyen-thi-lan:2022': 'recorded',
      'result:moc-it.nguyen-thi-lan:2023': 'recorded',
      'result:moc-it.nguyen-thi-lan:2024': 'recorded',
      'nomination:n-granted': 'granted',
      'nomination:n-revoked': 'revoked',
      'nomination:n-refused': 'refused',
      'nomination:n-withdrawn': 'withdrawn',
      'nomination:n-open': 'nominated',
    });
    expect(rows.get('nomination:n-granted')).toMatchObject({ decisionRef: 'n-granted/QĐ', grantedAt: '2023-05-01T02:00:00.000Z', overriddenAt: '2023-03-01T02:00:00.000Z' });
    expect(rows.get('nomination:n-revoked')).toMatchObject({ revokedAt: '2025-01-20T02:00:00.000Z', revocationReason: 'Fraud' });
    expect(rows.get('result:moc-it.nguyen-thi-lan:2024')).toMatchObject({ rating: 'excellent', recordedAt: '2025-01-15T02:00:00.000Z', updatedAt: '2025-02-01T02:00:00.000Z' });
  });

  it('builds the ledger the deciders need, answering as the events folded directly', () => {
    const fromRows = ledgerFromRows([...rows.values()]);
    const fromEvents = AwardLedger.fromEvents(HISTORY.map(([, event]) => event));
    expect(fromRows.holdings(LAN.key, { includeRevoked: true })).toEqual(fromEvents.holdings(LAN.key, { includeRevoked: true }));
    for (const key of ['moc-it:2022', 'moc-it:2023', 'moc-it:2024', 'moc-it:2024a', 'moc-it:2024b']) {
      expect([key, fromRows.rewardFor(LAN.key, key), fromRows.openNominationFor(LAN.key, key)]).toEqual([
        key,
        fromEvents.rewardFor(LAN.key, key),
        fromEvents.openNominationFor(LAN.key, key),
      ]);
    }
    const pm = { key: 'moc-it:2024', year: 2024, description: 'Digital services' };
    const [rules] = DEFAULT_AWARD_RULE_SETS;
    expect(checkEligibility(rules, fromRows, LAN, 'prime_minister_certificate', pm)).toEqual(
      checkEligibility(rules, fromEvents, LAN, 'prime_minister_certificate', pm),
    );
  });

  it('changes nothing when the log is replayed onto rows that already hold it', () => {
    expect(fold(recorded, rows)).toEqual(rows);
  });

  it('ignores award and honours event types from other streams', () => {
    const stray = { ...recorded[recorded.length - 1], stream: 'dossier-x', position: 99_999 };
    expect(awardLedgerRows.keyOf(stray)).toBeNull();
  });
});
