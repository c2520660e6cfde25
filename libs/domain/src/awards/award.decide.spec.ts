import { fold } from '../decider/decider';
import { InvalidCommand, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { movementOrgs } from '../movement/testing/movement-orgs.fixture';
import { AwardForm } from '../rules/rule-set';
import { deciderSpec } from '../testing/decider-spec';
import { admin, reviewer, submitter } from '../testing/fixtures/actors.fixture';
import { AwardLedger, LedgerEvent } from './award-ledger';
import { AwardCommand, NominateForAward } from './award.commands';
import { AwardContext, awardDecider } from './award.decide';
import { AchievementAlreadyRewarded, IneligibleNomination } from './award.errors';
import { AwardEvent, AwardNominated, CouncilVoteRecorded } from './award.events';
import { CouncilVotes } from './council-vote';
import { DEFAULT_AWARD_RULE_SETS } from './default-award-rule-sets';
import { checkEligibility } from './eligibility';
import { Achievement, AwardNominee } from './nomination';
import { recordOf, result } from './testing/honours.fixture';

const NOMINATED_ON = new Date('2025-06-20T03:00:00.000Z');
const AT = NOMINATED_ON.toISOString();
const [RULES_2024] = DEFAULT_AWARD_RULE_SETS;

const LAN: AwardNominee = { kind: 'individual', key: 'moc-it.nguyen-thi-lan', name: 'Nguyễn Thị Lan', orgId: 'moc-it' };
const HUNG: AwardNominee = { kind: 'individual', key: 'moc-it.tran-van-hung', name: 'Trần Văn Hùng', orgId: 'moc-it' };
const ACHIEVEMENT: Achievement = { key: 'moc-it:2024', year: 2024, description: 'Brought every public service of the ministry online in 2024' };

const HISTORY: LedgerEvent[] = [...recordOf(LAN.key), ...recordOf(HUNG.key, { 2022: ['completed', []] })];
const context = (history: LedgerEvent[] = HISTORY) => (): AwardContext => ({
  now: NOMINATED_ON,
  actor: submitter('moc-it'),
  awardRules: DEFAULT_AWARD_RULE_SETS,
  ledger: AwardLedger.fromEvents(history),
  tree: movementOrgs(),
});
const spec = deciderSpec(awardDecider, context());

const nominate = (nominee: AwardNominee, form: AwardForm = 'prime_minister_certificate', extra: Partial<NominateForAward['data']> = {}): NominateForAward => ({
  type: 'NominateForAward',
  data: { nominationId: `n-${nominee.key}-${form}`, nominee, form, achievement: ACHIEVEMENT, ...extra },
});
const nominatedEvent = (nominee: AwardNominee, form: AwardForm = 'prime_minister_certificate', ledger = AwardLedger.fromEvents(HISTORY)): AwardNominated => ({
  type: 'AwardNominated',
  data: {
    nominationId: `n-${nominee.key}-${form}`,
    nominee,
    form,
    achievement: ACHIEVEMENT,
    ruleSetVersion: 'vn-awards-2024.01',
    decidedBy: RULES_2024.forms[form].decidedBy,
    authority: [...RULES_2024.forms[form].authority],
    eligibility: checkEligibility(RULES_2024, ledger, nominee, form, ACHIEVEMENT),
    by: { userId: 'submitter@moc-it', role: 'submitter', orgId: 'moc-it' },
    at: AT,
  },
});
const vote = (votes: Partial<CouncilVotes>, nominee = LAN, form: AwardForm = 'prime_minister_certificate'): AwardCommand => ({
  type: 'RecordCouncilVote',
  data: { nominationId: `n-${nominee.key}-${form}`, votes: { members: 9, for: 5, against: 1, abstain: 1, ...votes }, decisionRef: '1510/QĐ-TTg' },
});
const centralReviewer = { actor: reviewer('central') };
const voted = (outcome: CouncilVoteRecorded['data']['outcome'], votes: CouncilVotes, present: number): CouncilVoteRecorded => ({
  type: 'CouncilVoteRecorded',
  data: {
    nominationId: `n-${LAN.key}-prime_minister_certificate`,
    councilOrgId: 'central',
    votes,
    present,
    quorate: outcome !== 'no_quorum',
    outcome,
    decisionRef: '1510/QĐ-TTg',
    by: { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' },
    at: AT,
  },
});

describe('Award nomination', () => {
  describe('when none', () => {
    it('nominates someone who holds a ministry certificate and has five years rated good or better with three grassroots titles', () => {
      spec.given([]).when(nominate(LAN)).then([nominatedEvent(LAN)]);
      const { eligibility } = nominatedEvent(LAN).data;
      expect(eligibility.eligible).toBe(true);
      expect(eligibility.standards[0].conditions.map((c) => [c.reason, c.certainty])).toEqual([
        ['holds the Certificate of Merit of a ministry, branch or province for 2019 (2045/QĐ-BVHTTDL)', 'law'],
        ['rated good or better in 2020–2024', 'law'],
        ['grassroots emulation fighter at least 3 times in 2020–2024: 3 (2021, 2022, 2024)', 'law'],
      ]);
    });

    it('refuses an ineligible nomination with its reasons', () =>
      spec
        .given([])
        .when(nominate(HUNG))
        .thenThrows(IneligibleNomination, {
          code: 'ineligible_nomination',
          ruleSetVersion: 'vn-awards-2024.01',
          reasons: [
            expect.objectContaining({ conditionId: 'five-years-good', reason: 'not rated good or better in 2020–2024 (2022: completed)' }),
            expect.objectContaining({ conditionId: 'three-grassroots-titles', reason: 'not grassroots emulation fighter at least 3 times in 2020–2024: 2 (2021, 2024)' }),
          ],
        }));

    it('refuses a form not given to individuals', () =>
      spec.given([]).when(nominate(LAN, 'government_emulation_flag')).thenThrows(IneligibleNomination, {
        reasons: [expect.objectContaining({ kind: 'nominee_kind', reason: 'the Government Emulation Flag is not given to individuals' })],
      }));

    it('lets a reviewer with authority for the form override, with a written justification recorded as an event', () => {
      const justification = 'Exceptional achievement in the 2022 flood relief; the completed rating of 2022 reflects sick leave.';
      spec
        .given([])
        .when(nominate(HUNG, 'prime_minister_certificate', { override: { justification } }), centralReviewer)
        .then([
          { ...nominatedEvent(HUNG), data: { ...nominatedEvent(HUNG).data, by: { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' } } },
          {
            type: 'EligibilityOverridden',
            data: {
              nominationId: `n-${HUNG.key}-prime_minister_certificate`,
              justification,
              failed: nominatedEvent(HUNG).data.eligibility.failed,
              by: { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' },
              at: AT,
            },
          },
        ]);
    });

    it('does not let a reviewer without authority override, nor override without a justification or when eligible', () => {
      const override = { override: { justification: 'Strong record' } };
      spec.given([]).when(nominate(HUNG, 'prime_minister_certificate', override), { actor: reviewer('moc') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given([]).when(nominate(HUNG, 'prime_minister_certificate', override), { actor: submitter('moc-it') }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given([]).when(nominate(HUNG, 'prime_minister_certificate', { override: { justification: ' ' } }), centralReviewer).thenThrows(InvalidCommand);
      spec.given([]).when(nominate(LAN, 'prime_minister_certificate', override), centralReviewer).thenThrows(InvalidCommand, { field: 'override' });
    });

    it('never rewards the same achievement twice, with the same or another form', () => {
      const granted = [...HISTORY, nominatedEvent(LAN), voted('granted', { members: 9, for: 5, against: 1, abstain: 1 }, 7)];
      spec.given([]).when(nominate(LAN, 'ministry_certificate'), context(granted)()).thenThrows(AchievementAlreadyRewarded, { code: 'achievement_already_rewarded' });
      const pending = [...HISTORY, nominatedEvent(LAN)];
      spec.given([]).when(nominate(LAN, 'ministry_certificate'), context(pending)()).thenThrows(AchievementAlreadyRewarded, { status: 'nominated' });
    });

    it('cannot be voted on before it exists', () => spec.given([]).when(vote({}), centralReviewer).thenThrows(NotFound));
  });

  describe('when nominated', () => {
    const given = () => spec.given([nominatedEvent(LAN)]);

    it('is granted by the council with quorum and more than half of the members for', () =>
      given().when(vote({}), centralReviewer).then([voted('granted', { members: 9, for: 5, against: 1, abstain: 1 }, 7)]));

    it('is refused when, with quorum, half of the members or fewer are for', () =>
      given().when(vote({ for: 4, against: 1, abstain: 1 }), centralReviewer).then([voted('refused', { members: 9, for: 4, against: 1, abstain: 1 }, 6)]));

    it('stays open when the council had no quorum, the vote kept in the trail', () => {
      given().when(vote({ for: 5, against: 0, abstain: 0 }), centralReviewer).then([voted('no_quorum', { members: 9, for: 5, against: 0, abstain: 0 }, 5)]);
      const state = fold(awardDecider, [nominatedEvent(LAN), voted('no_quorum', { members: 9, for: 5, against: 0, abstain: 0 }, 5)]);
      expect(state.status === 'nominated' && state.votes).toHaveLength(1);
    });

    it('takes the vote of the council with authority only, and sound counts', () => {
      given().when(vote({}), { actor: reviewer('moc') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      given().when(vote({ for: 8, against: 2 }), centralReviewer).thenThrows(InvalidCommand, { field: 'votes' });
    });

    it('is withdrawn by its nominating organisation', () =>
      given()
        .when({ type: 'WithdrawNomination', data: { nominationId: `n-${LAN.key}-prime_minister_certificate`, reason: 'Nominated for the Labour Medal instead' } })
        .then([{ type: 'NominationWithdrawn', data: { nominationId: `n-${LAN.key}-prime_minister_certificate`, reason: 'Nominated for the Labour Medal instead', by: { userId: 'submitter@moc-it', role: 'submitter', orgId: 'moc-it' }, at: AT } }]));
  });

  describe('when granted', () => {
    const granted: AwardEvent[] = [nominatedEvent(LAN), voted('granted', { members: 9, for: 5, against: 1, abstain: 1 }, 7)];
    const revoke = { type: 'RevokeAward' as const, data: { nominationId: `n-${LAN.key}-prime_minister_certificate`, reason: 'Fraud: the 2024 figures were falsified', decisionRef: '220/QĐ-TTg' } };

    it('is revoked for fraud with a reason, keeping the whole trail', () => {
      spec
        .given(granted)
        .when(revoke, centralReviewer)
        .then([{ type: 'AwardRevoked', data: { ...revoke.data, by: { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' }, at: AT } }]);
      const revoked = fold(awardDecider, [...granted, { type: 'AwardRevoked', data: { ...revoke.data, by: { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' }, at: AT } }]);
      expect(revoked).toMatchObject({ status: 'revoked', grantedAt: AT, revocation: { reason: revoke.data.reason }, votes: [{ outcome: 'granted' }] });
    });

    it('is revoked by an administrator too, never by a reviewer without authority, nor without a reason', () => {
      spec.given(granted).when(revoke, { actor: admin }).then([{ type: 'AwardRevoked', data: { ...revoke.data, by: { userId: admin.userId, role: 'admin', orgId: admin.orgId }, at: AT } }]);
      spec.given(granted).when(revoke, { actor: reviewer('moc') }).thenThrows(NotAllowed);
      spec.given(granted).when({ ...revoke, data: { ...revoke.data, reason: '' } }, centralReviewer).thenThrows(InvalidCommand);
    });

    it('takes no second vote', () => spec.given(granted).when(vote({}), centralReviewer).thenThrows(InvalidTransition, { status: 'granted' }));
  });

  describe('a change of rules effective mid-flight', () => {
    const MAI: AwardNominee = { kind: 'individual', key: 'moc-heritage.le-thi-mai', name: 'Lê Thị Mai', orgId: 'moc-heritage' };
    const NAM: AwardNominee = { kind: 'individual', key: 'moc-heritage.pham-van-nam', name: 'Phạm Văn Nam', orgId: 'moc-heritage' };
    const goodYears = (key: string) => [result(key, 2023, 'good'), result(key, 2024, 'good')];
    const ledger: LedgerEvent[] = [...goodYears(MAI.key), ...goodYears(NAM.key)];
    const ministry = (now: string) => ({ ...context(ledger)(), now: new Date(now) });

    it('applies only to nominations made after it takes effect', () => {
      const before = awardDecider.decide(nominate(MAI, 'ministry_certificate'), awardDecider.initialState(), ministry('2025-06-20T03:00:00.000Z'));
      expect(before[0]).toMatchObject({ data: { ruleSetVersion: 'vn-awards-2024.01', eligibility: { eligible: true } } });

      // Decided after 1 July 2025 under the version the nomination recorded.
      const state = fold(awardDecider, before as AwardEvent[]);
      const decision = awardDecider.decide(vote({}, MAI, 'ministry_certificate'), state, { ...ministry('2025-07-15T03:00:00.000Z'), actor: reviewer('moc') });
      expect(decision).toMatchObject([{ type: 'CouncilVoteRecorded', data: { outcome: 'granted' } }]);

      // The same record, nominated after 1 July 2025, falls under the new example condition.
      expect(() => awardDecider.decide(nominate(NAM, 'ministry_certificate'), awardDecider.initialState(), ministry('2025-07-10T03:00:00.000Z'))).toThrow(
        expect.objectContaining({
          ruleSetVersion: 'vn-awards-2025.07',
          reasons: [expect.objectContaining({ reason: 'not rated excellent or better in 2023–2024 (2023: good, 2024: good)', certainty: 'configurable_example' })],
        }),
      );
    });
  });
});
