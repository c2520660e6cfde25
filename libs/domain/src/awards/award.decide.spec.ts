import { ActedBy } from '../actors/actor';
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
import { AwardEvent, AwardNominated, AwardRevoked, CouncilVoteRecorded } from './award.events';
import { CouncilVotes } from './council-vote';
import { DEFAULT_AWARD_RULE_SETS } from './default-award-rule-sets';
import { checkEligibility } from './eligibility';
import { Achievement, AwardNominee } from './nomination';
import { recordOf, result } from './testing/honours.fixture';

const NOMINATED_ON = new Date('2025-06-20T03:00:00.000Z');
const AT = NOMINATED_ON.toISOString();
const [RULES_2024] = DEFAULT_AWARD_RULE_SETS;
const PM: AwardForm = 'prime_minister_certificate';

const LAN: AwardNominee = { kind: 'individual', key: 'moc-it.nguyen-thi-lan', name: 'Nguyễn Thị Lan', orgId: 'moc-it' };
const HUNG: AwardNominee = { kind: 'individual', key: 'moc-it.tran-van-hung', name: 'Trần Văn Hùng', orgId: 'moc-it' };
const ACHIEVEMENT: Achievement = { key: 'moc-it:2024', year: 2024, description: 'Every public service of the ministry online in 2024' };

const HISTORY: LedgerEvent[] = [...recordOf(LAN.key), ...recordOf(HUNG.key, { 2022: ['completed', []] })];
const context =
  (history: LedgerEvent[] = HISTORY) =>
  (): AwardContext => ({
    now: NOMINATED_ON,
    actor: submitter('moc-it'),
    awardRules: DEFAULT_AWARD_RULE_SETS,
    ledger: AwardLedger.fromEvents(history),
    tree: movementOrgs(),
  });
const spec = deciderSpec(awardDecider, context());

const byCentral: ActedBy = { userId: 'reviewer@central', role: 'reviewer', orgId: 'central' };
const centralReviewer = { actor: reviewer('central') };
const idOf = (nominee: AwardNominee, form: AwardForm = PM) => `n-${nominee.key}-${form}`;

const nominate = (nominee: AwardNominee, form: AwardForm = PM, extra: Partial<NominateForAward['data']> = {}): NominateForAward => ({
  type: 'NominateForAward',
  data: { nominationId: idOf(nominee, form), nominee, form, achievement: ACHIEVEMENT, ...extra },
});

const bySubmitter: ActedBy = { userId: 'submitter@moc-it', role: 'submitter', orgId: 'moc-it' };

function nominated(nominee: AwardNominee, by: ActedBy = bySubmitter): AwardNominated {
  return {
    type: 'AwardNominated',
    data: {
      nominationId: idOf(nominee),
      nominee,
      form: PM,
      achievement: ACHIEVEMENT,
      ruleSetVersion: 'vn-awards-2024.01',
      decidedBy: 'prime_minister',
      authority: ['central_council'],
      eligibility: checkEligibility(RULES_2024, AwardLedger.fromEvents(HISTORY), nominee, PM, ACHIEVEMENT),
      by,
      at: AT,
    },
  };
}

const vote = (votes: Partial<CouncilVotes>, nominee = LAN, form: AwardForm = PM): AwardCommand => ({
  type: 'RecordCouncilVote',
  data: { nominationId: idOf(nominee, form), votes: { members: 9, for: 5, against: 1, abstain: 1, ...votes }, decisionRef: '1510/QĐ-TTg' },
});

function voted(outcome: CouncilVoteRecorded['data']['outcome'], votes: Partial<CouncilVotes>, present: number): CouncilVoteRecorded {
  return {
    type: 'CouncilVoteRecorded',
    data: {
      nominationId: idOf(LAN),
      councilOrgId: 'central',
      votes: { members: 9, for: 5, against: 1, abstain: 1, ...votes },
      present,
      quorate: outcome !== 'no_quorum',
      outcome,
      decisionRef: '1510/QĐ-TTg',
      by: byCentral,
      at: AT,
    },
  };
}

describe('Award nomination', () => {
  describe('when none', () => {
    it('nominates someone holding a ministry certificate, with five years rated good or better and three grassroots titles', () => {
      spec.given([]).when(nominate(LAN)).then([nominated(LAN)]);
      const { eligibility } = nominated(LAN).data;
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
            expect.objectContaining({
              conditionId: 'three-grassroots-titles',
              reason: 'not grassroots emulation fighter at least 3 times in 2020–2024: 2 (2021, 2024)',
            }),
          ],
        }));

    it('refuses a form not given to individuals', () =>
      spec
        .given([])
        .when(nominate(LAN, 'government_emulation_flag'))
        .thenThrows(IneligibleNomination, {
          reasons: [expect.objectContaining({ kind: 'nominee_kind', reason: 'the Government Emulation Flag is not given to individuals' })],
        }));

    it('lets a reviewer with authority for the form override, with a written justification recorded as an event', () => {
      const justification = 'Exceptional work in the 2022 flood relief; the completed rating of 2022 reflects sick leave.';
      spec
        .given([])
        .when(nominate(HUNG, PM, { override: { justification } }), centralReviewer)
        .then([
          nominated(HUNG, byCentral),
          {
            type: 'EligibilityOverridden',
            data: { nominationId: idOf(HUNG), justification, failed: nominated(HUNG).data.eligibility.failed, by: byCentral, at: AT },
          },
        ]);
    });

    it('does not let a reviewer without authority override, nor override without a justification or when eligible', () => {
      const override = { override: { justification: 'Strong record' } };
      const blank = { override: { justification: ' ' } };
      spec.given([]).when(nominate(HUNG, PM, override), { actor: reviewer('moc') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      const bySubmitterWithOverride = { actor: submitter('moc-it') };
      spec.given([]).when(nominate(HUNG, PM, override), bySubmitterWithOverride).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given([]).when(nominate(HUNG, PM, blank), centralReviewer).thenThrows(InvalidCommand);
      spec.given([]).when(nominate(LAN, PM, override), centralReviewer).thenThrows(InvalidCommand, { field: 'override' });
    });

    it('never rewards the same achievement twice, with the same or another form', () => {
      const granted = context([...HISTORY, nominated(LAN), voted('granted', {}, 7)])();
      const pending = context([...HISTORY, nominated(LAN)])();
      const again = nominate(LAN, 'ministry_certificate');
      const code = 'achievement_already_rewarded';
      spec.given([]).when(again, granted).thenThrows(AchievementAlreadyRewarded, { code, status: 'granted' });
      spec.given([]).when(again, pending).thenThrows(AchievementAlreadyRewarded, { status: 'nominated' });
    });

    it('is nominated from the nominee’s organisation or above it only', () =>
      spec.given([]).when(nominate(LAN), { actor: submitter('moc-heritage') }).thenThrows(NotAllowed, { reason: 'not_owner_org' }));

    it('cannot be voted on before it exists', () => spec.given([]).when(vote({}), centralReviewer).thenThrows(NotFound));
  });

  describe('when nominated', () => {
    const given = () => spec.given([nominated(LAN)]);

    it('is granted by the council, with quorum and more than half of the members for', () =>
      given().when(vote({}), centralReviewer).then([voted('granted', {}, 7)]));

    it('is refused when, with quorum, half of the members or fewer are for', () =>
      given().when(vote({ for: 4 }), centralReviewer).then([voted('refused', { for: 4 }, 6)]));

    it('stays open when the council had no quorum, the vote kept in the trail', () => {
      const thin = { for: 5, against: 0, abstain: 0 };
      given().when(vote(thin), centralReviewer).then([voted('no_quorum', thin, 5)]);
      const state = fold(awardDecider, [nominated(LAN), voted('no_quorum', thin, 5)]);
      expect(state.status === 'nominated' && state.votes).toHaveLength(1);
    });

    it('takes the vote of the council with authority only, and sound counts', () => {
      given().when(vote({}), { actor: reviewer('moc') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      given().when(vote({ for: 8, against: 2 }), centralReviewer).thenThrows(InvalidCommand, { field: 'votes' });
    });

    it('is withdrawn by its nominating organisation', () => {
      const reason = 'Nominated for the Labour Medal instead';
      given()
        .when({ type: 'WithdrawNomination', data: { nominationId: idOf(LAN), reason } })
        .then([{ type: 'NominationWithdrawn', data: { nominationId: idOf(LAN), reason, by: bySubmitter, at: AT } }]);
    });
  });

  describe('when granted', () => {
    const granted: AwardEvent[] = [nominated(LAN), voted('granted', {}, 7)];
    const reason = 'Fraud: the 2024 figures were falsified';
    const revoke = { type: 'RevokeAward' as const, data: { nominationId: idOf(LAN), reason, decisionRef: '220/QĐ-TTg' } };
    const revoked = (by: ActedBy): AwardRevoked => ({ type: 'AwardRevoked', data: { ...revoke.data, by, at: AT } });

    it('is revoked for fraud with a reason, keeping the whole trail', () => {
      spec.given(granted).when(revoke, centralReviewer).then([revoked(byCentral)]);
      const state = fold(awardDecider, [...granted, revoked(byCentral)]);
      expect(state).toMatchObject({ status: 'revoked', grantedAt: AT, revocation: { reason }, votes: [{ outcome: 'granted' }] });
    });

    it('is revoked by an administrator too, never by a reviewer without authority, nor without a reason', () => {
      spec.given(granted).when(revoke, { actor: admin }).then([revoked({ userId: admin.userId, role: 'admin', orgId: admin.orgId })]);
      spec.given(granted).when(revoke, { actor: reviewer('moc') }).thenThrows(NotAllowed);
      spec.given(granted).when({ ...revoke, data: { ...revoke.data, reason: '' } }, centralReviewer).thenThrows(InvalidCommand);
    });

    it('takes no second vote', () =>
      spec.given(granted).when(vote({}), centralReviewer).thenThrows(InvalidTransition, { status: 'granted' }));
  });

  describe('a change of rules effective mid-flight', () => {
    const MAI: AwardNominee = { kind: 'individual', key: 'moc-heritage.le-thi-mai', name: 'Lê Thị Mai', orgId: 'moc-heritage' };
    const NAM: AwardNominee = { kind: 'individual', key: 'moc-heritage.pham-van-nam', name: 'Phạm Văn Nam', orgId: 'moc-heritage' };
    const goodYears = (key: string) => [result(key, 2023, 'good'), result(key, 2024, 'good')];
    const ledger: LedgerEvent[] = [...goodYears(MAI.key), ...goodYears(NAM.key)];
    const on = (now: string) => ({ ...context(ledger)(), actor: submitter('moc-heritage'), now: new Date(now) });
    const fresh = awardDecider.initialState();

    it('applies only to nominations made after it takes effect', () => {
      const before = awardDecider.decide(nominate(MAI, 'ministry_certificate'), fresh, on('2025-06-20T03:00:00.000Z'));
      expect(before[0]).toMatchObject({ data: { ruleSetVersion: 'vn-awards-2024.01', eligibility: { eligible: true } } });

      // Decided after 1 July 2025, under the version the nomination recorded.
      const state = fold(awardDecider, before);
      const ministryCouncil = { ...on('2025-07-15T03:00:00.000Z'), actor: reviewer('moc') };
      const decision = awardDecider.decide(vote({}, MAI, 'ministry_certificate'), state, ministryCouncil);
      expect(decision).toMatchObject([{ type: 'CouncilVoteRecorded', data: { outcome: 'granted' } }]);

      // The same record, nominated after 1 July 2025, falls under the changed (example) condition.
      const after = () => awardDecider.decide(nominate(NAM, 'ministry_certificate'), fresh, on('2025-07-10T03:00:00.000Z'));
      expect(after).toThrow(IneligibleNomination);
      expect(after).toThrow(
        expect.objectContaining({
          ruleSetVersion: 'vn-awards-2025.07',
          reasons: [
            expect.objectContaining({
              reason: 'not rated excellent or better in 2023–2024 (2023: good, 2024: good)',
              certainty: 'configurable_example',
            }),
          ],
        }),
      );
    });
  });
});
