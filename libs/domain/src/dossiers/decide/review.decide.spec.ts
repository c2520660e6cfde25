import { InvalidCommand, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { admin, byUser, reviewer, submitter, user, worker } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  approvedStep,
  created,
  dossierContext,
  DOSSIER_ID,
  finallyApproved,
  openAt,
  rejected,
  requested,
  returned,
  returnedAt,
  REVIEWERS,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { ApproveReview, RejectDossier, ReturnDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';
import { StaleReviewStep } from '../dossier.errors';
import { DossierEvent } from '../dossier.events';
import { ESCALATE_AT, escalated, held } from '../testing/deadline-history.fixture';

const spec = deciderSpec(dossierDecider, dossierContext);
const approve = (round: number, step: number, comment?: string): ApproveReview => ({
  type: 'ApproveReview',
  data: { dossierId: DOSSIER_ID, round, step, ...(comment ? { comment } : {}) },
});
const giveBack = (round: number, step: number, reason = 'Criteria lack targets'): ReturnDossier => ({
  type: 'ReturnDossier',
  data: { dossierId: DOSSIER_ID, round, step, reason },
});
const reject = (round: number, step: number, reason = 'Out of scope'): RejectDossier => ({
  type: 'RejectDossier',
  data: { dossierId: DOSSIER_ID, round, step, reason },
});

describe('Dossier review', () => {
  describe('when in review at step 0', () => {
    const history = openAt(0);
    const asReviewer = { actor: REVIEWERS[0] };

    it('approves, forwarding up', () => spec.given(history).when(approve(1, 0), asReviewer).then([approvedStep(1, 0)]));

    it('records the reviewer’s comment', () =>
      spec
        .given(history)
        .when(approve(1, 0, 'complete'), asReviewer)
        .then([{ ...approvedStep(1, 0), data: { ...approvedStep(1, 0).data, comment: 'complete' } }]));

    it('returns to the submitter with a reason', () =>
      spec.given(history).when(giveBack(1, 0), asReviewer).then([returned(1, 0)]));

    it('rejects with a reason', () => spec.given(history).when(reject(1, 0), asReviewer).then([rejected(1, 0)]));

    it.each([giveBack(1, 0, '  '), reject(1, 0, '')])('needs a reason to $type', (command) =>
      spec.given(history).when(command, asReviewer).thenThrows(InvalidCommand, { field: 'reason' }));

    it.each([approve(1, 0), giveBack(1, 0), reject(1, 0)])('refuses $type from a reviewer of another organisation', (command) =>
      spec.given(history).when(command, { actor: REVIEWERS[1] }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' }));

    it('refuses the submitter, a submitter of the reviewing organisation, and the system', () => {
      spec.given(history).when(approve(1, 0)).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given(history).when(approve(1, 0), { actor: submitter('moc-dept') }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given(history).when(approve(1, 0), { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
    });

    it('refuses acting as a reviewer without holding the role', () =>
      spec
        .given(history)
        .when(approve(1, 0), { actor: { ...user('moc-dept', 'submitter'), role: 'reviewer' } })
        .thenThrows(NotAllowed, { reason: 'role_not_held' }));

    it.each([
      ['a later step', approve(1, 1)],
      ['another round', approve(2, 0)],
    ])('refuses a decision on %s as stale', (_, command) =>
      spec
        .given(history)
        .when(command, asReviewer)
        .thenThrows(StaleReviewStep, { code: 'stale_review_step', open: { round: 1, step: 0 } }));
  });

  describe('when in review at the last step', () => {
    it('lets the Central Council approve', () =>
      spec.given(openAt(2)).when(approve(1, 2), { actor: REVIEWERS[2] }).then([approvedStep(1, 2)]));

    it('lets the Central Council return for revision', () =>
      spec.given(openAt(2)).when(giveBack(1, 2), { actor: REVIEWERS[2] }).then([returned(1, 2)]));

    it('treats the earlier reviewer’s repeated approval as stale', () =>
      spec.given(openAt(2)).when(approve(1, 0), { actor: REVIEWERS[0] }).thenThrows(StaleReviewStep));
  });

  describe('when in review after a resubmission', () => {
    const history = [...returnedAt(1), submitted(2), requested(2, 0)];

    it('refuses an approval of the earlier round at the same step', () =>
      spec.given(history).when(approve(1, 0), { actor: REVIEWERS[0] }).thenThrows(StaleReviewStep));

    it('takes an approval of the current round', () =>
      spec.given(history).when(approve(2, 0), { actor: REVIEWERS[0] }).then([approvedStep(2, 0)]));
  });

  describe('when escalated to the parent', () => {
    const history = [...openAt(0), escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })];
    const parent = { actor: REVIEWERS[1] };
    /** The decision as recorded when the ministry's reviewer acts in place of the silent department. */
    const inPlace = <E extends DossierEvent>(event: E): E => ({
      ...event,
      data: { ...event.data, by: byUser(REVIEWERS[1]), actingFor: 'moc-dept' },
    });

    it('lets the parent approve in place of the silent reviewer, under its own actor and role', () =>
      spec.given(history).when(approve(1, 0), parent).then([inPlace(approvedStep(1, 0))]));

    it('lets the parent return or reject in its place', () => {
      spec.given(history).when(giveBack(1, 0), parent).then([inPlace(returned(1, 0))]);
      spec.given(history).when(reject(1, 0), parent).then([inPlace(rejected(1, 0))]);
    });

    it('still lets the reviewer decide, for itself', () =>
      spec.given(history).when(approve(1, 0), { actor: REVIEWERS[0] }).then([approvedStep(1, 0)]));

    it('refuses the grandparent until the step is escalated to it, and any other organisation', () => {
      spec.given(history).when(approve(1, 0), { actor: REVIEWERS[2] }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given(history).when(approve(1, 0), { actor: reviewer('camau') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given(history).when(approve(1, 0), { actor: admin }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
    });

    it('lets the grandparent act once the step is escalated to it too', () => {
      const twice = [...history, escalated(1, 0, 2, { from: 'moc', to: 'central' })];
      const event = approvedStep(1, 0);
      spec
        .given(twice)
        .when(approve(1, 0), { actor: REVIEWERS[2] })
        .then([{ ...event, data: { ...event.data, by: byUser(REVIEWERS[2]), actingFor: 'moc-dept' } }]);
    });

    it('gives the next step back to its own reviewer only', () =>
      spec
        .given([...history, approvedStep(1, 0), requested(1, 1)])
        .when(approve(1, 1), { actor: reviewer('moc-dept') })
        .thenThrows(NotAllowed, { reason: 'not_reviewer_org' }));
  });

  describe('when on hold', () => {
    it.each([approve(1, 0), giveBack(1, 0), reject(1, 0)])('refuses $type', (command) =>
      spec
        .given([...openAt(0), held(1, 0, REVIEWERS[0])])
        .when(command, { actor: REVIEWERS[0] })
        .thenThrows(InvalidTransition, { status: 'on_hold' }));
  });

  describe('when step approved', () => {
    it('refuses the same approval again', () =>
      spec.given(approvedAt(0)).when(approve(1, 0), { actor: REVIEWERS[0] }).thenThrows(InvalidTransition, { status: 'step_approved' }));

    it('refuses the next reviewer before the next step opens', () =>
      spec.given(approvedAt(0)).when(approve(1, 1), { actor: REVIEWERS[1] }).thenThrows(InvalidTransition));
  });

  describe.each([
    ['draft', [created()]],
    ['submitted', [created(), submitted(1)]],
    ['returned', returnedAt(0)],
    ['rejected', [...openAt(0), rejected(1, 0)]],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['withdrawn', [...openAt(0), withdrawn(1)]],
  ])('when %s', (_, history) => {
    it.each([approve(1, 0), giveBack(1, 0), reject(1, 0)])('refuses $type', (command) =>
      spec.given(history).when(command, { actor: reviewer('moc-dept') }).thenThrows(InvalidTransition));
  });
});
