import { InvalidCommand, InvalidPayload, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { fold } from '../decider/decider';
import { movementOrgs } from '../movement/testing/movement-orgs.fixture';
import { deciderSpec } from '../testing/decider-spec';
import { admin, reviewer, submitter } from '../testing/fixtures/actors.fixture';
import { agreementProgress } from './agreement-progress';
import { AgreementContext, agreementDecider } from './agreement.decide';
import { AgreementEvent } from './agreement.events';
import { awaitingSignature, isInForceOn } from './agreement.state';
import { AgreementTarget, AgreementTerms, targetsFor } from './agreement.terms';

const SIGNED_ON = new Date('2025-03-03T03:00:00.000Z');
const spec = deciderSpec(agreementDecider, (): AgreementContext => ({ now: SIGNED_ON, actor: submitter('hanoi-a'), tree: movementOrgs() }));
const AGENCIES = ['hanoi-a', 'hanoi-b', 'hanoi-c', 'hanoi-d'];

const shared = (targetId: string, metric: string, target: number, dueDate = '2030-12-31'): AgreementTarget => ({
  targetId,
  metric,
  unit: 'percent',
  comparator: 'gte',
  target,
  dueDate,
});

/**
 * The joint agreement four Hanoi city agencies signed on 3 March 2025 for 3 March – 31 December
 * 2025, with its targets toward 2030. "Above 95%" satisfaction is written as at least 95%, the
 * nearest comparator.
 */
const HANOI_2025: AgreementTerms = {
  agreementId: 'hanoi-2025-03-03',
  title: 'Joint emulation agreement on innovation and digital transformation, Hanoi 2025',
  proposerOrgId: 'hanoi-a',
  signatories: AGENCIES,
  period: { from: '2025-03-03', to: '2025-12-31' },
  targets: [
    shared('online-users', 'Users of online public services', 100),
    shared('cashless', 'Cashless payments in online public services', 100),
    shared('procedures-digital', 'Eligible administrative procedures handled on digital platforms', 100),
    shared('files-signed-online', 'Leaders and officials handling work files online with digital signatures', 100),
    { ...shared('digital-economy', 'Digital economy share of GRDP', 35), nationalContent: 4 },
    shared('work-plan-innovation', 'Share of the 2025 work plan integrating innovation content', 100, '2025-12-31'),
    shared('documents-digital', 'Documents processed digitally', 100),
    shared('level-4-services', 'Key public services at level 4', 100),
    shared('satisfaction', 'Citizen and business satisfaction', 95),
  ],
};

const by = (orgId: string, role: 'submitter' | 'reviewer' = 'reviewer') => ({ userId: `${role}@${orgId}`, role, orgId });
const AT = SIGNED_ON.toISOString();
const proposed: AgreementEvent = { type: 'AgreementProposed', data: { ...HANOI_2025, by: by('hanoi-a', 'submitter'), at: AT } };
const ID = HANOI_2025.agreementId;
const signed = (orgId: string): AgreementEvent => ({ type: 'AgreementSigned', data: { agreementId: ID, orgId, by: by(orgId), at: AT } });
const inForceSince = (orgId: string): AgreementEvent => ({
  type: 'AgreementInForce',
  data: { agreementId: ID, signatories: AGENCIES, by: by(orgId), at: AT },
});
const sign = (orgId: string) => ({ type: 'SignAgreement' as const, data: { agreementId: ID, orgId } });
const propose = { type: 'ProposeAgreement' as const, data: HANOI_2025 };

describe('Agreement', () => {
  describe('when none', () => {
    it('is proposed by the Hanoi agency drawing it up, with nine targets toward 2030', () =>
      spec.given([]).when(propose).then([proposed]));

    it('refuses a proposer outside the signatories, a single signatory and a per-signatory target for an outsider', () => {
      const terms = { ...HANOI_2025, signatories: ['hanoi-a'], targets: [{ ...HANOI_2025.targets[0], signatoryOrgId: 'moc' }] };
      spec
        .given([])
        .when({ type: 'ProposeAgreement', data: terms })
        .thenThrows(InvalidPayload, {
          issues: [
            { path: 'signatories', message: 'at least two different organisations' },
            { path: 'targets.0.signatoryOrgId', message: 'must be one of the signatories' },
          ],
        });
    });

    it('refuses a percentage above 100 and an impossible due date', () => {
      const targets = [{ ...HANOI_2025.targets[0], target: 120, dueDate: '2025-02-30' }];
      spec
        .given([])
        .when({ type: 'ProposeAgreement', data: { ...HANOI_2025, targets } })
        .thenThrows(InvalidPayload, {
          issues: [
            { path: 'targets.0.target', message: 'a percentage is at most 100' },
            { path: 'targets.0.dueDate', message: 'must be a date YYYY-MM-DD' },
          ],
        });
    });

    it('is proposed by a member of the proposing organisation only', () => {
      spec.given([]).when(propose, { actor: submitter('hanoi-b') }).thenThrows(NotAllowed, { reason: 'not_owner_org' });
      spec.given([]).when(propose, { actor: admin }).thenThrows(NotAllowed);
    });

    it('cannot be signed before it is proposed', () =>
      spec.given([]).when(sign('hanoi-a')).thenThrows(NotFound, { aggregate: 'agreement' }));
  });

  describe('when proposed', () => {
    it('is signed by each signatory for itself, and is not in force while one is missing', () => {
      spec.given([proposed]).when(sign('hanoi-b'), { actor: reviewer('hanoi-b') }).then([signed('hanoi-b')]);
      const state = fold(agreementDecider, [proposed, signed('hanoi-a'), signed('hanoi-b'), signed('hanoi-c')]);
      expect(state.status).toBe('proposed');
      expect(awaitingSignature(state)).toEqual(['hanoi-d']);
    });

    it('comes into force with the last signature', () =>
      spec
        .given([proposed, signed('hanoi-a'), signed('hanoi-b'), signed('hanoi-c')])
        .when(sign('hanoi-d'), { actor: reviewer('hanoi-d') })
        .then([signed('hanoi-d'), inForceSince('hanoi-d')]));

    it('is not signed by one organisation for another, twice, by a non-signatory, or after its period', () => {
      spec.given([proposed]).when(sign('hanoi-b'), { actor: reviewer('hanoi-a') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given([proposed, signed('hanoi-b')]).when(sign('hanoi-b'), { actor: reviewer('hanoi-b') }).thenThrows(InvalidTransition);
      spec.given([proposed]).when(sign('moc'), { actor: reviewer('moc') }).thenThrows(NotAllowed, { reason: 'not_owner_org' });
      const afterPeriod = new Date('2025-12-31T17:00:00.000Z');
      spec.given([proposed]).when(sign('hanoi-b'), { actor: reviewer('hanoi-b'), now: afterPeriod }).thenThrows(InvalidTransition);
    });

    it('is called off by any signatory, with a reason', () => {
      const reason = 'Merged into the city-wide agreement';
      const cancel = { type: 'CancelAgreement' as const, data: { agreementId: ID, reason } };
      spec
        .given([proposed])
        .when(cancel, { actor: reviewer('hanoi-c') })
        .then([{ type: 'AgreementCancelled', data: { agreementId: ID, orgId: 'hanoi-c', reason, by: by('hanoi-c'), at: AT } }]);
      const blank = { ...cancel, data: { ...cancel.data, reason: ' ' } };
      spec.given([proposed]).when(blank, { actor: reviewer('hanoi-c') }).thenThrows(InvalidCommand);
      spec.given([proposed]).when(cancel, { actor: reviewer('moc') }).thenThrows(NotAllowed);
    });
  });

  describe('when in force', () => {
    const inForce: AgreementEvent[] = [proposed, ...AGENCIES.map(signed), inForceSince('hanoi-d')];

    it('holds within its period only', () => {
      const state = fold(agreementDecider, inForce);
      expect(isInForceOn(state, '2025-03-03')).toBe(true);
      expect(isInForceOn(state, '2026-01-01')).toBe(false);
    });

    it('can no longer be cancelled', () =>
      spec
        .given(inForce)
        .when({ type: 'CancelAgreement', data: { agreementId: ID, reason: 'x' } }, { actor: reviewer('hanoi-a') })
        .thenThrows(InvalidTransition, { status: 'in_force' }));
  });
});

describe('agreement targets and progress', () => {
  const terms: AgreementTerms = {
    ...HANOI_2025,
    targets: [
      ...HANOI_2025.targets,
      { ...shared('services-level-4-b', 'Services of agency B at level 4', 40, '2025-12-31'), unit: 'count', signatoryOrgId: 'hanoi-b' },
    ],
  };

  it('gives each signatory the shared targets and its own', () => {
    expect(targetsFor(terms, 'hanoi-b').map((t) => t.targetId)).toContain('services-level-4-b');
    expect(targetsFor(terms, 'hanoi-a').map((t) => t.targetId)).not.toContain('services-level-4-b');
  });

  it('averages the signatories’ shares toward a shared target and reads an own target from its signatory', () => {
    const reports = [
      { orgId: 'hanoi-a', year: 2025, values: [{ criterionId: 'satisfaction', actual: 96 }] },
      {
        orgId: 'hanoi-b',
        year: 2025,
        values: [
          { criterionId: 'satisfaction', actual: 92 },
          { criterionId: 'services-level-4-b', actual: 40 },
        ],
      },
      { orgId: 'hanoi-c', year: 2025, values: [{ criterionId: 'satisfaction', actual: 97 }] },
      { orgId: 'hanoi-d', year: 2025, values: [{ criterionId: 'satisfaction', actual: 95 }] },
      { orgId: 'moc', year: 2025, values: [{ criterionId: 'satisfaction', actual: 10 }] },
    ];
    const progress = agreementProgress(terms, reports);
    expect(progress.find((p) => p.target.targetId === 'satisfaction')).toMatchObject({ actual: 95, attainment: 1, met: true });
    expect(progress.find((p) => p.target.targetId === 'services-level-4-b')).toMatchObject({ actual: 40, met: true });
    expect(progress.find((p) => p.target.targetId === 'digital-economy')).toMatchObject({ actual: null, attainment: 0, met: false });
  });
});
