import { DeciderContext } from '../actors/actor';
import { InvalidCommand, InvalidTransition, NotAllowed } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { admin, reviewer, submitter, worker } from '../testing/fixtures/actors.fixture';
import { AwardLedger } from './award-ledger';
import { RecordAnnualResult } from './honours.commands';
import { honoursDecider } from './honours.decide';
import { AnnualResultRecorded } from './honours.events';

const NOW = new Date('2025-01-15T02:00:00.000Z');
const spec = deciderSpec(honoursDecider, (): DeciderContext => ({ now: NOW, actor: reviewer('moc') }));
const KEY = 'moc-it.nguyen-thi-lan';
const by = { userId: 'reviewer@moc', role: 'reviewer' as const, orgId: 'moc' };

const RESULT_2024 = {
  nomineeKey: KEY,
  nomineeKind: 'individual' as const,
  year: 2024,
  rating: 'excellent' as const,
  titles: ['grassroots_emulation_fighter' as const],
  basisRef: '15/QĐ-BVHTTDL',
};
const record = (data: Partial<RecordAnnualResult['data']> = {}): RecordAnnualResult => ({
  type: 'RecordAnnualResult',
  data: { ...RESULT_2024, ...data },
});
const recorded: AnnualResultRecorded = { type: 'AnnualResultRecorded', data: { ...RESULT_2024, by, at: NOW.toISOString() } };

describe('Honours record', () => {
  it('records a year’s rating and titles from the decision recognising them', () => spec.given([]).when(record()).then([recorded]));

  it('records the nominee’s organisation when the recorder names it', () => {
    const withOrg = { type: 'AnnualResultRecorded' as const, data: { ...RESULT_2024, orgId: 'moc-it', by, at: NOW.toISOString() } };
    spec.given([]).when(record({ orgId: 'moc-it' })).then([withOrg]);
    spec.given([]).when(record({ orgId: ' ' })).thenThrows(InvalidCommand, { field: 'orgId' });
  });

  it('corrects a year only with a reason, keeping what it replaced', () => {
    spec.given([recorded]).when(record({ rating: 'good', titles: [] })).thenThrows(InvalidCommand, { field: 'comment' });
    spec
      .given([recorded])
      .when(record({ rating: 'good', titles: [], comment: 'Decision 15 was amended by decision 40' }))
      .then([
        {
          type: 'AnnualResultRecorded',
          data: {
            ...recorded.data,
            rating: 'good',
            titles: [],
            replaces: { rating: 'excellent', titles: ['grassroots_emulation_fighter'], basisRef: '15/QĐ-BVHTTDL' },
            comment: 'Decision 15 was amended by decision 40',
          },
        },
      ]);
    spec.given([recorded]).when(record({ comment: 'again' })).thenThrows(InvalidTransition);
  });

  it('records an award decided before the system, once per achievement', () => {
    const award = { form: 'ministry_certificate' as const, year: 2019, achievementKey: `${KEY}:2019`, decisionRef: '2045/QĐ-BVHTTDL' };
    const prior = { type: 'RecordPriorAward' as const, data: { nomineeKey: KEY, nomineeKind: 'individual' as const, ...award } };
    const byAdmin = { userId: admin.userId, role: 'admin' as const, orgId: admin.orgId };
    const event = { type: 'PriorAwardRecorded' as const, data: { ...prior.data, by: byAdmin, at: NOW.toISOString() } };
    spec.given([]).when(prior, { actor: admin }).then([event]);
    spec.given([event]).when(prior, { actor: admin }).thenThrows(InvalidTransition);
    expect(AwardLedger.fromEvents([event]).holdings(KEY)).toEqual([
      { nomineeKey: KEY, ...award, source: 'prior', grantedAt: NOW.toISOString() },
    ]);
  });

  it('refuses submitters and the system, unknown ratings and a change of kind', () => {
    spec.given([]).when(record(), { actor: submitter('moc-it') }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
    spec.given([]).when(record(), { actor: worker }).thenThrows(NotAllowed);
    spec.given([]).when(record({ rating: 'outstanding' as never })).thenThrows(InvalidCommand, { field: 'rating' });
    spec.given([recorded]).when(record({ nomineeKind: 'collective', year: 2023 })).thenThrows(InvalidCommand, { field: 'nomineeKind' });
  });
});
