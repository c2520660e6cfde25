import { InvalidCommand, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { admin, AT, LATER, worker } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  approvedStep,
  created,
  DOSSIER_ID,
  finallyApproved,
  openAt,
  rejected,
  requested,
  returnedAt,
  REVIEWERS,
  ROUTE,
  RULES,
  SUBMITTER,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { pendingDeadlines } from '../deadlines/pending-deadlines';
import { MigrateRuleSet, SubmitDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';
import { at, deadlineContext, DUE, held, migrated, NEW_RULES, shift, testPolicies } from '../testing/deadline-history.fixture';

const spec = deciderSpec(dossierDecider, deadlineContext);
const MIGRATED_AT = shift(DUE, -3);
const NEW_DUE = shift(DUE, 2);
const migrate = (extra: Partial<MigrateRuleSet['data']> = {}): MigrateRuleSet => ({
  type: 'MigrateRuleSet',
  data: { dossierId: DOSSIER_ID, toVersion: NEW_RULES, ...extra },
});
const asAdmin = { actor: admin, now: at(MIGRATED_AT) };

describe('Dossier rule-set migration', () => {
  describe('when in review', () => {
    it('is migrated by an administrator, with the open step’s due date under the new version', () =>
      spec.given(openAt(1)).when(migrate({ dueAt: NEW_DUE }), asAdmin).then([migrated(1, admin, NEW_DUE)]));

    it('keeps the version recorded at submission until then', () =>
      expect(spec.given(openAt(1)).state()).toMatchObject({ review: { ruleSetVersion: RULES } }));

    it('runs the open step’s deadlines under the new version', () => {
      const state = spec.given([...openAt(1), migrated(1, admin, NEW_DUE)]).state();
      expect(state).toMatchObject({ status: 'in_review', dueAt: NEW_DUE, review: { ruleSetVersion: NEW_RULES } });
      expect(pendingDeadlines(state, testPolicies)).toEqual([
        { dossierId: DOSSIER_ID, round: 1, step: 1, action: 'remind', attempt: 1, at: shift(NEW_DUE, -1) },
        { dossierId: DOSSIER_ID, round: 1, step: 1, action: 'escalate', attempt: 1, at: NEW_DUE },
      ]);
    });

    it('opens later steps under the new version', () => {
      const history = [...openAt(1), migrated(1, admin, NEW_DUE), approvedStep(1, 1)];
      const next = requested(1, 2);
      spec
        .given(history)
        .when({ type: 'AdvanceDossier', data: { dossierId: DOSSIER_ID, round: 1, afterStep: 1, dueAt: LATER } }, { actor: worker })
        .then([{ ...next, data: { ...next.data, ruleSetVersion: NEW_RULES } }]);
    });

    it('makes a consultation an ordinary step when the new version says so', () => {
      const state = spec.given([...openAt(2), migrated(1, admin, NEW_DUE)]).state();
      expect(pendingDeadlines(state, testPolicies).map((d) => d.action)).toEqual(['remind', 'escalate']);
    });

    it.each([
      ['without a due date', migrate()],
      ['with a malformed due date', migrate({ dueAt: '2025-06-12' })],
    ])('refuses a migration %s', (_, command) =>
      spec.given(openAt(1)).when(command, asAdmin).thenThrows(InvalidCommand, { field: 'dueAt' }));

    it('refuses a blank version, and the version already in force', () => {
      spec.given(openAt(1)).when(migrate({ toVersion: ' ', dueAt: NEW_DUE }), asAdmin).thenThrows(InvalidCommand, { field: 'toVersion' });
      spec.given(openAt(1)).when(migrate({ toVersion: RULES, dueAt: NEW_DUE }), asAdmin).thenThrows(InvalidTransition);
    });

    it('is refused to anyone but an administrator', () => {
      spec.given(openAt(1)).when(migrate({ dueAt: NEW_DUE }), { actor: REVIEWERS[1] }).thenThrows(NotAllowed, { reason: 'requires_admin' });
      spec.given(openAt(1)).when(migrate({ dueAt: NEW_DUE }), { actor: SUBMITTER }).thenThrows(NotAllowed, { reason: 'requires_admin' });
      spec.given(openAt(1)).when(migrate({ dueAt: NEW_DUE }), { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_admin' });
    });
  });

  describe.each([
    ['step approved', approvedAt(1)],
    ['on hold', [...openAt(1), held(1, 1, REVIEWERS[1])]],
    ['returned', returnedAt(1)],
  ])('when %s', (status, history) => {
    it('is migrated without a due date (the next step, release or resubmission brings one)', () =>
      spec.given(history).when(migrate(), asAdmin).then([migrated(1, admin)]));

    it('refuses a due date: no step is running', () =>
      spec.given(history).when(migrate({ dueAt: NEW_DUE }), asAdmin).thenThrows(InvalidCommand, { field: 'dueAt' }));

    it(`stays ${status} under the new version`, () => {
      const before = spec.given(history).state();
      const after = spec.given([...history, migrated(1, admin)]).state();
      expect(after).toEqual({ ...before, review: { ...('review' in before ? before.review : {}), ruleSetVersion: NEW_RULES } });
    });
  });

  describe('when returned after a migration', () => {
    const resubmit = (ruleSetVersion: string): SubmitDossier => ({
      type: 'SubmitDossier',
      data: { dossierId: DOSSIER_ID, route: ROUTE, firstDueAt: LATER, ruleSetVersion },
    });

    it('is resubmitted under the migrated version only', () => {
      const history = [...returnedAt(1), migrated(1, admin)];
      const [sub, req] = [submitted(2), requested(2, 0)];
      spec
        .given(history)
        .when(resubmit(NEW_RULES), { actor: SUBMITTER, now: new Date(AT) })
        .then([{ ...sub, data: { ...sub.data, ruleSetVersion: NEW_RULES } }, { ...req, data: { ...req.data, ruleSetVersion: NEW_RULES } }]);
      spec
        .given(history)
        .when(resubmit(RULES), { actor: SUBMITTER, now: new Date(AT) })
        .thenThrows(InvalidCommand, { field: 'ruleSetVersion' });
    });
  });

  describe.each([
    ['draft', [created()]],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['rejected', [...openAt(0), rejected(1, 0)]],
    ['withdrawn', [...openAt(0), withdrawn(1)]],
  ])('when %s', (status, history) => {
    it('refuses a migration', () => spec.given(history).when(migrate(), asAdmin).thenThrows(InvalidTransition, { status }));
  });
});
