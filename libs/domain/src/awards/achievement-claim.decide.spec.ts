import { ActedBy } from '../actors/actor';
import { InvalidTransition } from '../errors/domain.errors';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, AT, submitter, reviewer } from '../testing/fixtures/actors.fixture';
import { AchievementAlreadyRewarded } from './award.errors';
import { AwardCase, OpenNomination } from './award.state';
import { AchievementClaimCommand } from './achievement-claim.commands';
import { AchievementClaimContext, achievementClaimDecider } from './achievement-claim.decide';
import { AchievementClaimed, AchievementReleased, ClaimRelease } from './achievement-claim.events';
import { AchievementHolder } from './achievement-claim.state';

const KEY = { nomineeKey: 'moc-it.nguyen-thi-lan', achievementKey: 'moc-it:2024' };
const by: ActedBy = { userId: 'submitter@moc-it', role: 'submitter', orgId: 'moc-it' };
const spec = deciderSpec(achievementClaimDecider, (): AchievementClaimContext => ({ now: NOW, actor: submitter('moc-it') }));

const forNomination = (nominationId: string, form: 'ministry_certificate' | 'prime_minister_certificate' = 'ministry_certificate'): AchievementHolder => ({
  kind: 'nomination',
  nominationId,
  form,
});
const claim = (holder: AchievementHolder): AchievementClaimCommand => ({ type: 'ClaimAchievement', data: { ...KEY, holder } });
const claimed = (holder: AchievementHolder): AchievementClaimed => ({ type: 'AchievementClaimed', data: { ...KEY, holder, by, at: AT } });
const released = (nominationId: string, reason: ClaimRelease): AchievementReleased => ({
  type: 'AchievementReleased',
  data: { ...KEY, nominationId, reason, by, at: AT },
});
const release = (nominationId: string, reason: ClaimRelease): AchievementClaimCommand => ({
  type: 'ReleaseAchievement',
  data: { ...KEY, nominationId, reason },
});

/** The holding nomination as its own stream shows it. */
function nomination(nominationId: string, status: AwardCase['status'], keys = KEY): AwardCase {
  if (status === 'none') return { status: 'none' };
  const open: OpenNomination = {
    status: 'nominated',
    nominationId,
    nominee: { kind: 'individual', key: keys.nomineeKey, name: 'Nguyễn Thị Lan', orgId: 'moc-it' },
    form: 'ministry_certificate',
    achievement: { key: keys.achievementKey, year: 2024, description: 'Every service online' },
    ruleSetVersion: 'vn-awards-2024.01',
    decidedBy: 'minister_or_provincial_chair',
    authority: ['ministry'],
    eligibility: { eligible: true, form: 'ministry_certificate', nomineeKind: 'individual', ruleSetVersion: 'vn-awards-2024.01', standards: [], failed: [] },
    nominatedBy: { userId: 'submitter@moc-it', orgId: 'moc-it' },
    votes: [{ councilOrgId: 'moc', votes: { members: 9, for: 7, against: 0, abstain: 0 }, outcome: 'granted', at: AT, decisionRef: '12/QĐ-BVHTTDL' }],
  };
  if (status === 'granted') return { ...open, status, grantedAt: AT };
  if (status === 'revoked') return { ...open, status, grantedAt: AT, revocation: { reason: 'Fraud', at: AT } };
  return { ...open, status } as AwardCase;
}

describe('Achievement claim', () => {
  describe('when free', () => {
    it('is claimed by the first nomination', () => spec.given([]).when(claim(forNomination('n-1'))).then([claimed(forNomination('n-1'))]));

    it('is claimed again once released', () =>
      spec
        .given([claimed(forNomination('n-1')), released('n-1', 'withdrawn')])
        .when(claim(forNomination('n-2', 'prime_minister_certificate')))
        .then([claimed(forNomination('n-2', 'prime_minister_certificate'))]));
  });

  describe('when claimed by a nomination', () => {
    const given = () => spec.given([claimed(forNomination('n-1'))]);

    it('is a no-op for the same nomination (a retry)', () => given().when(claim(forNomination('n-1'))).thenNothing());

    it.each(['none', 'nominated', 'granted'] as const)('refuses another nomination while the holder is %s', (status) =>
      given()
        .when(claim(forNomination('n-2', 'prime_minister_certificate')), { holderNomination: nomination('n-1', status) })
        .thenThrows(AchievementAlreadyRewarded, { code: 'achievement_already_rewarded', status: status === 'granted' ? 'granted' : 'nominated' }),
    );

    it('still refuses once the award was revoked: it was given for that achievement', () =>
      given()
        .when(claim(forNomination('n-2')), { holderNomination: nomination('n-1', 'revoked') })
        .thenThrows(AchievementAlreadyRewarded, { existing: expect.objectContaining({ form: 'ministry_certificate', revoked: { at: AT, reason: 'Fraud' } }) }));

    it.each(['withdrawn', 'refused'] as const)('is taken over when the holder was %s but its release was never recorded', (status) =>
      given()
        .when(claim(forNomination('n-2')), { holderNomination: nomination('n-1', status) })
        .then([released('n-1', status), claimed(forNomination('n-2'))]));

    it('is taken over when the holder’s id went to a nomination of another achievement', () =>
      given()
        .when(claim(forNomination('n-2')), { holderNomination: nomination('n-1', 'nominated', { ...KEY, achievementKey: 'moc-it:2023' }) })
        .then([released('n-1', 'not_recorded'), claimed(forNomination('n-2'))]));

    it('is released by its withdrawn nomination, and only then', () => {
      given().when(release('n-1', 'withdrawn'), { holderNomination: nomination('n-1', 'withdrawn') }).then([released('n-1', 'withdrawn')]);
      given().when(release('n-1', 'withdrawn'), { holderNomination: nomination('n-1', 'nominated') }).thenThrows(InvalidTransition);
      given().when(release('n-1', 'refused'), { holderNomination: nomination('n-1', 'withdrawn') }).thenThrows(InvalidTransition);
    });

    it('ignores a release by a nomination that no longer holds it', () =>
      given().when(release('n-9', 'withdrawn'), { holderNomination: nomination('n-9', 'withdrawn') }).thenNothing());
  });

  describe('when claimed by an earlier award', () => {
    const prior: AchievementHolder = { kind: 'prior_award', form: 'ministry_certificate', year: 2024, decisionRef: '2045/QĐ-BVHTTDL' };

    it('refuses every nomination, and is never released', () => {
      spec
        .given([claimed(prior)])
        .when(claim(forNomination('n-1')), { actor: reviewer('moc') })
        .thenThrows(AchievementAlreadyRewarded, { status: 'granted', existing: expect.objectContaining({ source: 'prior', decisionRef: '2045/QĐ-BVHTTDL' }) });
      spec.given([claimed(prior)]).when(release('n-1', 'withdrawn')).thenNothing();
    });

    it('is a no-op when the same decision is entered again', () => spec.given([claimed(prior)]).when(claim(prior)).thenNothing());
  });
});
