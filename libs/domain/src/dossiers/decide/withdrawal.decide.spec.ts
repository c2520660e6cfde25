import { InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { reviewer, submitter, worker } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  created,
  dossierContext,
  DOSSIER_ID,
  finallyApproved,
  openAt,
  rejected,
  requested,
  returnedAt,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { WithdrawDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';

const spec = deciderSpec(dossierDecider, dossierContext);
const withdraw: WithdrawDossier = { type: 'WithdrawDossier', data: { dossierId: DOSSIER_ID } };

describe('Dossier withdrawal', () => {
  describe.each([
    ['draft', [created()], 0],
    ['submitted', [created(), submitted(1)], 1],
    ['in review', openAt(1), 1],
    ['step approved', approvedAt(2), 1],
    ['returned', returnedAt(1), 1],
    ['in review again', [...returnedAt(1), submitted(2), requested(2, 0)], 2],
  ] as const)('when %s', (_, history, round) => {
    it('is withdrawn by the submitter', () => spec.given([...history]).when(withdraw).then([withdrawn(round)]));
  });

  describe('when in review', () => {
    it('records the reason when given', () =>
      spec
        .given(openAt(0))
        .when({ ...withdraw, data: { ...withdraw.data, reason: ' superseded by a new plan ' } })
        .then([{ ...withdrawn(1), data: { ...withdrawn(1).data, reason: 'superseded by a new plan' } }]));

    it('is refused to a reviewer, a submitter of another unit and the system', () => {
      spec.given(openAt(0)).when(withdraw, { actor: reviewer('moc-dept') }).thenThrows(NotAllowed, { reason: 'requires_submitter' });
      spec.given(openAt(0)).when(withdraw, { actor: submitter('moc-dept') }).thenThrows(NotAllowed, { reason: 'not_owner_org' });
      spec.given(openAt(0)).when(withdraw, { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_submitter' });
    });
  });

  describe.each([
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['rejected', [...openAt(1), rejected(1, 1)]],
    ['withdrawn', [...openAt(0), withdrawn(1)]],
  ])('when %s', (status, history) => {
    it('refuses a withdrawal after the final decision', () =>
      spec.given(history).when(withdraw).thenThrows(InvalidTransition, { status }));
  });
});
