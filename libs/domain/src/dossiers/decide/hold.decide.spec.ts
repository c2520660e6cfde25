import { InvalidCommand, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { admin, reviewer, submitter, worker } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  DOSSIER_ID,
  openAt,
  REVIEWERS,
  SUBMITTER,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { HandleDeadline, PutDossierOnHold, ReleaseDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';
import { StaleReviewStep } from '../dossier.errors';
import {
  at,
  deadlineContext,
  DUE,
  DUE_AFTER_HOLD,
  ESCALATE_AT,
  escalated,
  held,
  HELD_AT,
  REMIND_AT,
  reminded,
  releasedHold,
  RELEASED_AT,
  shift,
} from '../testing/deadline-history.fixture';

const spec = deciderSpec(dossierDecider, deadlineContext);
const hold = (extra: Partial<PutDossierOnHold['data']> = {}): PutDossierOnHold => ({
  type: 'PutDossierOnHold',
  data: { dossierId: DOSSIER_ID, round: 1, step: 0, reason: 'complaint', remaining: { workingDays: 4 }, ...extra },
});
const release = (dueAt = DUE_AFTER_HOLD, step = 0): ReleaseDossier => ({
  type: 'ReleaseDossier',
  data: { dossierId: DOSSIER_ID, round: 1, step, dueAt },
});
const deadline = (action: 'remind' | 'escalate', attempt = 1): HandleDeadline => ({
  type: 'HandleDeadline',
  data: { dossierId: DOSSIER_ID, round: 1, step: 0, action, attempt, escalationChain: ['moc', 'central'] },
});
const holding = (actor = REVIEWERS[0]) => ({ actor, now: at(HELD_AT) });
const releasing = (actor = REVIEWERS[0]) => ({ actor, now: at(RELEASED_AT) });

describe('Dossier holds', () => {
  describe('when in review', () => {
    it('is put on hold by the step’s reviewer, recording what was left of the step', () =>
      spec.given(openAt(0)).when(hold(), holding()).then([held(1, 0, REVIEWERS[0])]));

    it('is put on hold by an administrator', () =>
      spec.given(openAt(0)).when(hold({ reason: 'investigation' }), holding(admin)).then([held(1, 0, admin, { reason: 'investigation' })]));

    it('is put on hold by an organisation the step was escalated to', () => {
      const history = [...openAt(0), escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })];
      const nothingLeft = { remaining: { workingDays: 0 } };
      spec.given(history).when(hold(nothingLeft), holding(REVIEWERS[1])).then([held(1, 0, REVIEWERS[1], nothingLeft)]);
    });

    it('records a note, and needs one for another reason', () => {
      spec
        .given(openAt(0))
        .when(hold({ reason: 'other', note: ' awaiting court ruling ' }), holding())
        .then([held(1, 0, REVIEWERS[0], { reason: 'other', note: 'awaiting court ruling' })]);
      spec.given(openAt(0)).when(hold({ reason: 'other', note: ' ' }), holding()).thenThrows(InvalidCommand, { field: 'note' });
    });

    it.each([
      ['reason', hold({ reason: 'vacation' as never })],
      ['remaining', hold({ remaining: { days: 3 } as never })],
      ['remaining', hold({ remaining: { workingDays: -1 } })],
    ])('refuses a malformed %s', (field, command) =>
      spec.given(openAt(0)).when(command, holding()).thenThrows(InvalidCommand, { field }));

    it('is refused to the submitter, another organisation’s reviewer and the system', () => {
      spec.given(openAt(0)).when(hold(), holding(SUBMITTER)).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given(openAt(0)).when(hold(), holding(REVIEWERS[1])).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given(openAt(0)).when(hold(), { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
    });

    it('refuses a hold of a step that is not the open one', () =>
      spec.given(openAt(1)).when(hold(), holding(REVIEWERS[1])).thenThrows(StaleReviewStep, { open: { round: 1, step: 1 } }));

    it('refuses a release', () =>
      spec.given(openAt(0)).when(release(), releasing()).thenThrows(InvalidTransition, { status: 'in_review' }));
  });

  describe('when on hold', () => {
    const history = [...openAt(0), reminded(1, 0), held(1, 0, REVIEWERS[0])];

    it('is released with the due date recomputed for the time held', () =>
      spec.given(history).when(release(), releasing()).then([releasedHold(1, 0, REVIEWERS[0])]));

    it('is released by an administrator, with a comment', () => {
      const event = releasedHold(1, 0, admin);
      spec
        .given(history)
        .when({ ...release(), data: { ...release().data, comment: 'complaint dismissed' } }, releasing(admin))
        .then([{ ...event, data: { ...event.data, comment: 'complaint dismissed' } }]);
    });

    it('may resume due at once (nothing was left)', () =>
      spec.given(history).when(release(RELEASED_AT), releasing()).then([releasedHold(1, 0, REVIEWERS[0], RELEASED_AT)]));

    it.each([
      ['before now', shift(RELEASED_AT, -1)],
      ['not an ISO instant', '2025-06-20'],
    ])('refuses a due date %s', (_, dueAt) =>
      spec.given(history).when(release(dueAt), releasing()).thenThrows(InvalidCommand, { field: 'dueAt' }));

    it('refuses a second hold', () => spec.given(history).when(hold(), holding()).thenThrows(InvalidTransition, { status: 'on_hold' }));

    it('refuses a release of another step as stale', () =>
      spec.given(history).when(release(DUE_AFTER_HOLD, 1), releasing()).thenThrows(StaleReviewStep, { status: 'on_hold' }));

    it('refuses a release by a reviewer of another organisation', () =>
      spec.given(history).when(release(), releasing(reviewer('camau'))).thenThrows(NotAllowed, { reason: 'not_reviewer_org' }));

    it.each([
      ['reminder', deadline('remind'), REMIND_AT],
      ['escalation', deadline('escalate'), DUE],
      ['escalation, long after', deadline('escalate'), shift(DUE, 30)],
    ])('stops the clock: a %s job does nothing', (_, command, when) =>
      spec.given(history).when(command, { now: at(when) }).thenNothing());

    it('may still be withdrawn by the submitter', () =>
      spec
        .given(history)
        .when({ type: 'WithdrawDossier', data: { dossierId: DOSSIER_ID } }, { actor: submitter('moc-dept-office') })
        .then([withdrawn(1)]));

    it('is not advanced: the step was never approved', () =>
      spec
        .given(history)
        .when({ type: 'AdvanceDossier', data: { dossierId: DOSSIER_ID, round: 1, afterStep: 0 } }, { actor: worker })
        .thenThrows(InvalidTransition, { status: 'on_hold' }));
  });

  describe('when released', () => {
    const history = [...openAt(0), reminded(1, 0), held(1, 0, REVIEWERS[0]), releasedHold(1, 0, REVIEWERS[0])];

    it('counts the deadline from the new due date', () => {
      spec.given(history).when(deadline('escalate'), { now: at(DUE) }).thenNothing();
      spec
        .given(history)
        .when(deadline('escalate'), { now: at(DUE_AFTER_HOLD) })
        .then([escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2, DUE_AFTER_HOLD) }, DUE_AFTER_HOLD, DUE_AFTER_HOLD)]);
    });

    it('does not remind again', () => spec.given(history).when(deadline('remind'), { now: at(DUE_AFTER_HOLD) }).thenNothing());

    it('may be held again', () =>
      spec
        .given(history)
        .when(hold(), { actor: REVIEWERS[0], now: at(shift(RELEASED_AT, 1)) })
        .then([held(1, 0, REVIEWERS[0], { dueAt: DUE_AFTER_HOLD, when: shift(RELEASED_AT, 1) })]));
  });

  describe('when step approved', () => {
    it('refuses a hold: no step is open', () =>
      spec.given(approvedAt(0)).when(hold(), holding()).thenThrows(InvalidTransition, { status: 'step_approved' }));
  });
});
