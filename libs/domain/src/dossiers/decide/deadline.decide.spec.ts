import { InvalidCommand, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { reviewer, worker } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  approvedStep,
  created,
  DOSSIER_ID,
  finallyApproved,
  openAt,
  rejected,
  requested,
  returned,
  returnedAt,
  REVIEWERS,
  ROUTE,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { NOMINATION } from '../../testing/fixtures/payloads.fixture';
import { DeadlineAction } from '../deadlines/deadline-policy';
import { HandleDeadline } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';
import { DossierEvent } from '../dossier.events';
import {
  at,
  consented,
  deadlineContext,
  DUE,
  ESCALATE_AT,
  escalated,
  noConsultation,
  overdue,
  REMIND_AT,
  reminded,
  shift,
} from '../testing/deadline-history.fixture';

const spec = deciderSpec(dossierDecider, deadlineContext);
const MINUTE = 60_000;
const before = (iso: string) => ({ now: new Date(Date.parse(iso) - MINUTE) });
const on = (iso: string) => ({ now: at(iso) });

/** Ancestors of each reviewer in the hierarchy, as the application passes them. */
const ANCESTORS: Record<string, string[]> = { 'moc-dept': ['moc', 'central'], moc: ['central'], central: [] };
const job = (round: number, step: number, action: DeadlineAction, attempt = 1): HandleDeadline => ({
  type: 'HandleDeadline',
  data: {
    dossierId: DOSSIER_ID,
    round,
    step,
    action,
    attempt,
    ...(action === 'escalate' ? { escalationChain: ANCESTORS[ROUTE[step].orgId] } : {}),
  },
});
const remind = (round: number, step: number) => job(round, step, 'remind');
const escalate = (round: number, step: number, attempt = 1) => job(round, step, 'escalate', attempt);
const consent = (round: number, step: number) => job(round, step, 'consent');

describe('Dossier deadlines (worker)', () => {
  describe('when in review, nothing sent yet', () => {
    const history = openAt(0);

    it('reminds the reviewer at the reminder time', () =>
      spec.given(history).when(remind(1, 0), on(REMIND_AT)).then([reminded(1, 0)]));

    it('does nothing when the reminder fires early', () => spec.given(history).when(remind(1, 0), before(REMIND_AT)).thenNothing());

    it('still reminds when the worker runs late, before any escalation', () =>
      spec.given(history).when(remind(1, 0), on(shift(DUE, 0.5))).then([reminded(1, 0, shift(DUE, 0.5))]));

    it('escalates to the parent at the due date, with the next escalation one grace period later', () =>
      spec
        .given(history)
        .when(escalate(1, 0), on(DUE))
        .then([escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })]));

    it('does nothing when the escalation fires early', () => spec.given(history).when(escalate(1, 0), before(DUE)).thenNothing());

    it.each([
      ['a consent at a step that is not a consultation', consent(1, 0)],
      ['a second escalation before the first', escalate(1, 0, 2)],
      ['a second reminder attempt', job(1, 0, 'remind', 2)],
      ['another step', escalate(1, 1)],
      ['another round', escalate(2, 0)],
    ])('does nothing for %s', (_, command) => spec.given(history).when(command, on(shift(DUE, 5))).thenNothing());

    it('is refused to people', () =>
      spec
        .given(history)
        .when(remind(1, 0), { ...on(REMIND_AT), actor: reviewer('moc-dept') })
        .thenThrows(NotAllowed, { reason: 'requires_system' }));

    it('refuses a malformed job', () => {
      const noChain: HandleDeadline = { type: 'HandleDeadline', data: { ...escalate(1, 0).data, escalationChain: undefined } };
      spec.given(history).when(noChain, on(DUE)).thenThrows(InvalidCommand, { field: 'escalationChain' });
      spec.given(history).when(job(1, 0, 'remind', 0), on(DUE)).thenThrows(InvalidCommand, { field: 'attempt' });
      spec.given(history).when(job(1, 0, 'snooze' as DeadlineAction), on(DUE)).thenThrows(InvalidCommand, { field: 'action' });
    });

    it('needs the deadline policies in its context', () => {
      const state = spec.given(history).state();
      expect(() => dossierDecider.decide(remind(1, 0), state, { ...deadlineContext(), deadlines: undefined })).toThrow('ctx.deadlines');
    });
  });

  describe('when reminded', () => {
    const history = [...openAt(0), reminded(1, 0)];

    it('does not remind twice', () => spec.given(history).when(remind(1, 0), on(shift(REMIND_AT, 0.5))).thenNothing());

    it('escalates at the due date', () =>
      spec.given(history).when(escalate(1, 0), on(DUE)).then([escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })]));
  });

  describe('when escalated to the parent', () => {
    const history = [...openAt(0), escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })];

    it('escalates to the grandparent after the grace period: the last one above', () =>
      spec.given(history).when(escalate(1, 0, 2), on(ESCALATE_AT(2))).then([escalated(1, 0, 2, { from: 'moc', to: 'central' })]));

    it('waits for the grace period', () => spec.given(history).when(escalate(1, 0, 2), before(ESCALATE_AT(2))).thenNothing());

    it('does nothing when the first escalation fires twice', () =>
      spec.given(history).when(escalate(1, 0, 1), on(ESCALATE_AT(2))).thenNothing());

    it('no longer reminds', () => spec.given(history).when(remind(1, 0), on(DUE)).thenNothing());
  });

  describe('when escalated up to the top', () => {
    const history = [
      ...openAt(0),
      escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) }),
      escalated(1, 0, 2, { from: 'moc', to: 'central' }),
    ];

    it('stops: no one is left above', () => spec.given(history).when(escalate(1, 0, 3), on(shift(DUE, 30))).thenNothing());
  });

  describe('when the silent reviewer is at the top of its route', () => {
    const toMinistry = ROUTE.slice(0, 2);
    const nomination: DossierEvent[] = [
      { type: 'DossierCreated', data: { ...created().data, kind: 'award_nomination', payload: NOMINATION } },
      { ...submitted(1, toMinistry), data: { ...submitted(1, toMinistry).data, authorityLevels: ['ministry', 'province'] } },
      requested(1, 0, toMinistry),
    ];

    it('escalates above the route with the hierarchy the application passes', () =>
      spec
        .given([...nomination, approvedStep(1, 0, toMinistry), requested(1, 1, toMinistry)])
        .when(escalate(1, 1), on(DUE))
        .then([escalated(1, 1, 1, { from: 'moc', to: 'central' })]));

    it('goes on above the route’s top after the route is exhausted', () => {
      const once = [...nomination, escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) })];
      spec.given(once).when(escalate(1, 0, 2), on(ESCALATE_AT(2))).then([escalated(1, 0, 2, { from: 'moc', to: 'central' })]);
    });

    it('records the review overdue when no one at all is above', () =>
      spec
        .given(openAt(2))
        .when(escalate(1, 2), { ...on(DUE), deadlines: noConsultation })
        .then([overdue(1, 2, 1, 'central')]));

    it('schedules nothing more once overdue', () =>
      spec
        .given([...openAt(2), overdue(1, 2, 1, 'central')])
        .when(escalate(1, 2), { ...on(shift(DUE, 3)), deadlines: noConsultation })
        .thenNothing());
  });

  describe('when at a consultation step', () => {
    const history = openAt(2); // the Central Council consulted on a plan

    it('records consent by silence at the due date', () =>
      spec.given(history).when(consent(1, 2), on(DUE)).then([consented(1, 2)]));

    it('does nothing when the consent fires early', () => spec.given(history).when(consent(1, 2), before(DUE)).thenNothing());

    it('does not escalate a consultation', () => spec.given(history).when(escalate(1, 2), on(DUE)).thenNothing());

    it('still reminds the reviewer', () => spec.given(history).when(remind(1, 2), on(REMIND_AT)).then([reminded(1, 2)]));
  });

  describe('when consented by silence', () => {
    const history = [...openAt(2), consented(1, 2)];

    it('moves on as after an approval: the advance worker records the final approval', () =>
      spec
        .given(history)
        .when({ type: 'AdvanceDossier', data: { dossierId: DOSSIER_ID, round: 1, afterStep: 2 } }, { actor: worker })
        .then([finallyApproved(1)]));

    it('counts the step as approved', () =>
      expect(spec.given(history).state()).toMatchObject({ status: 'step_approved', step: 2 }));

    it('refuses a late decision by the reviewer', () =>
      spec
        .given(history)
        .when({ type: 'ApproveReview', data: { dossierId: DOSSIER_ID, round: 1, step: 2 } }, { actor: REVIEWERS[2] })
        .thenThrows(InvalidTransition, { status: 'step_approved' }));

    it('does nothing when the consent fires twice', () => spec.given(history).when(consent(1, 2), on(DUE)).thenNothing());
  });

  describe.each([
    ['step approved', approvedAt(0)],
    ['next step open', openAt(1)],
    ['returned', returnedAt(0)],
    ['rejected', [...openAt(0), rejected(1, 0)]],
    ['withdrawn', [...openAt(0), withdrawn(1)]],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['resubmitted', [...returnedAt(0), submitted(2), requested(2, 0)]],
  ])('when %s (a stale job for step 1.0)', (_, history) => {
    it.each([remind(1, 0), escalate(1, 0), escalate(1, 0, 2), consent(1, 0)])('does nothing for $data.action $data.attempt', (command) =>
      spec.given(history).when(command, on(shift(DUE, 10))).thenNothing());
  });

  describe('when resubmitted after a return', () => {
    const NEW_DUE = shift(DUE, 20);
    const history = [
      ...openAt(0),
      reminded(1, 0),
      escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) }),
      returned(1, 0),
      submitted(2),
      requested(2, 0, ROUTE, NEW_DUE),
    ];

    it('counts nothing of round 1 against the reviewer: a fresh reminder and escalation from the new due date', () => {
      spec.given(history).when(remind(2, 0), before(shift(NEW_DUE, -2))).thenNothing();
      spec.given(history).when(remind(2, 0), on(shift(NEW_DUE, -2))).then([reminded(2, 0, shift(NEW_DUE, -2), NEW_DUE)]);
      spec.given(history).when(escalate(2, 0), before(NEW_DUE)).thenNothing();
      spec
        .given(history)
        .when(escalate(2, 0), on(NEW_DUE))
        .then([escalated(2, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2, NEW_DUE) }, NEW_DUE, NEW_DUE)]);
    });

    it('lets round 1 jobs do nothing', () => spec.given(history).when(escalate(1, 0, 2), on(NEW_DUE)).thenNothing());
  });
});
