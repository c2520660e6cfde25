import { Actor } from '../actors/actor';
import { computeRoute } from '../routing/route';
import { LATER, NOW, worker } from '../testing/fixtures/actors.fixture';
import { dossierContext, DOSSIER_ID, OWNER, REVIEWERS, RULES, SUBMITTER } from '../testing/fixtures/dossier-history.fixture';
import { orgTree } from '../testing/fixtures/orgs.fixture';
import { PLAN } from '../testing/fixtures/payloads.fixture';
import { DossierCommand } from './dossier.commands';
import { dossierDecider } from './dossier.decide';
import { DossierEvent } from './dossier.events';
import { Dossier } from './dossier.state';
import { pendingDeadlines } from './deadlines/pending-deadlines';
import { DEADLINE_WORKER, DUE, ESCALATE_AT, REMIND_AT, shift, testPolicies } from './testing/deadline-history.fixture';

/** Runs commands one after another like the application layer would, keeping the whole history. */
function play(steps: [DossierCommand, Actor, string?][]): { history: DossierEvent[]; statuses: Dossier['status'][]; state: Dossier } {
  const history: DossierEvent[] = [];
  const statuses: Dossier['status'][] = [];
  let state = dossierDecider.initialState();
  for (const [command, actor, now] of steps) {
    const ctx = { ...dossierContext(), actor, deadlines: testPolicies, ...(now ? { now: new Date(now) } : {}) };
    const events = dossierDecider.decide(command, state, ctx);
    history.push(...events);
    state = events.reduce(dossierDecider.evolve, state);
    statuses.push(state.status);
  }
  return { history, statuses, state };
}

const dossierId = DOSSIER_ID;

describe('Dossier life cycle', () => {
  it('goes up the whole chain, is returned by the ministry, and is approved on a fresh round', () => {
    const route = computeRoute(orgTree(), OWNER, ['central_council']);
    const submit: DossierCommand = { type: 'SubmitDossier', data: { dossierId, route, firstDueAt: LATER, ruleSetVersion: 'r1' } };
    const advance = (round: number, afterStep: number): DossierCommand => ({
      type: 'AdvanceDossier',
      data: { dossierId, round, afterStep, dueAt: LATER },
    });
    const approve = (round: number, step: number): DossierCommand => ({ type: 'ApproveReview', data: { dossierId, round, step } });

    const { history, statuses } = play([
      [{ type: 'CreateDossier', data: { dossierId, orgId: OWNER, kind: 'implementation_plan', payload: PLAN } }, SUBMITTER],
      [submit, SUBMITTER],
      [approve(1, 0), REVIEWERS[0]],
      [advance(1, 0), worker],
      [{ type: 'ReturnDossier', data: { dossierId, round: 1, step: 1, reason: 'Add a criterion for content 5' } }, REVIEWERS[1]],
      [{ type: 'EditDossier', data: { dossierId, payload: { ...PLAN, title: 'Revised' } } }, SUBMITTER],
      [submit, SUBMITTER],
      [approve(2, 0), REVIEWERS[0]],
      [advance(2, 0), worker],
      [approve(2, 1), REVIEWERS[1]],
      [advance(2, 1), worker],
      [approve(2, 2), REVIEWERS[2]],
      [advance(2, 2), worker],
      [advance(2, 2), worker],
    ]);

    expect(statuses).toEqual([
      'draft',
      'in_review',
      'step_approved',
      'in_review',
      'returned',
      'returned',
      'in_review',
      'step_approved',
      'in_review',
      'step_approved',
      'in_review',
      'step_approved',
      'approved',
      'approved',
    ]);
    expect(history.map((event) => event.type)).toEqual([
      'DossierCreated',
      'DossierSubmitted',
      'ReviewRequested',
      'ReviewApproved',
      'ReviewRequested',
      'DossierReturned',
      'DossierEdited',
      'DossierSubmitted',
      'ReviewRequested',
      'ReviewApproved',
      'ReviewRequested',
      'ReviewApproved',
      'ReviewRequested',
      'ReviewApproved',
      'DossierApproved',
    ]);
    // Who did what, when, in which role, is in every event.
    for (const event of history) expect(event.data).toMatchObject({ at: NOW.toISOString(), by: { userId: expect.any(String) } });
    expect(JSON.parse(JSON.stringify(history))).toStrictEqual(history);
  });

  it('reminds, escalates, lets the parent act in place, holds, and consents by silence at the Central Council', () => {
    const route = computeRoute(orgTree(), OWNER, ['central_council']);
    const deadline = (step: number, action: 'remind' | 'escalate' | 'consent', attempt = 1): DossierCommand => ({
      type: 'HandleDeadline',
      data: { dossierId, round: 1, step, action, attempt, escalationChain: orgTree().ancestors(route[step].orgId).map((org) => org.orgId) },
    });
    const advance = (afterStep: number, dueAt?: string): DossierCommand => ({
      type: 'AdvanceDossier',
      data: { dossierId, round: 1, afterStep, ...(dueAt ? { dueAt } : {}) },
    });
    const day = (n: number) => shift(DUE, n);
    const [STEP1_DUE, STEP1_DUE_AFTER_HOLD, STEP2_DUE] = [day(10), day(12), day(20)];
    const hold: DossierCommand = {
      type: 'PutDossierOnHold',
      data: { dossierId, round: 1, step: 1, reason: 'complaint', remaining: { workingDays: 5 } },
    };

    const { history, state } = play([
      [{ type: 'CreateDossier', data: { dossierId, orgId: OWNER, kind: 'implementation_plan', payload: PLAN } }, SUBMITTER],
      [{ type: 'SubmitDossier', data: { dossierId, route, firstDueAt: DUE, ruleSetVersion: RULES } }, SUBMITTER],
      [deadline(0, 'remind'), DEADLINE_WORKER, REMIND_AT],
      [deadline(0, 'remind'), DEADLINE_WORKER, REMIND_AT], // fired twice
      [deadline(0, 'escalate'), DEADLINE_WORKER, DUE],
      [{ type: 'ApproveReview', data: { dossierId, round: 1, step: 0 } }, REVIEWERS[1], day(0.5)],
      [advance(0, STEP1_DUE), worker, day(0.6)],
      [deadline(0, 'escalate', 2), DEADLINE_WORKER, ESCALATE_AT(2)], // the step is decided
      [hold, REVIEWERS[1], day(2)],
      [deadline(1, 'remind'), DEADLINE_WORKER, shift(STEP1_DUE, -2)], // the clock is stopped
      [{ type: 'ReleaseDossier', data: { dossierId, round: 1, step: 1, dueAt: STEP1_DUE_AFTER_HOLD } }, REVIEWERS[1], day(4)],
      [deadline(1, 'remind'), DEADLINE_WORKER, shift(STEP1_DUE, -2)], // early now: rescheduled
      [deadline(1, 'remind'), DEADLINE_WORKER, shift(STEP1_DUE_AFTER_HOLD, -2)],
      [{ type: 'ApproveReview', data: { dossierId, round: 1, step: 1 } }, REVIEWERS[1], day(11)],
      [advance(1, STEP2_DUE), worker, day(11.1)],
      [deadline(2, 'escalate'), DEADLINE_WORKER, STEP2_DUE], // a consultation is not escalated
      [deadline(2, 'consent'), DEADLINE_WORKER, STEP2_DUE],
      [advance(2), worker, day(20.1)],
    ]);

    expect(history.map((event) => event.type)).toEqual([
      'DossierCreated',
      'DossierSubmitted',
      'ReviewRequested',
      'ReviewReminderSent',
      'ReviewEscalated',
      'ReviewApproved',
      'ReviewRequested',
      'DossierPutOnHold',
      'DossierReleased',
      'ReviewReminderSent',
      'ReviewApproved',
      'ReviewRequested',
      'ReviewConsentedBySilence',
      'DossierApproved',
    ]);
    expect(history[5].data).toMatchObject({ reviewerOrgId: 'moc-dept', actingFor: 'moc-dept', by: { orgId: 'moc', role: 'reviewer' } });
    expect(state.status).toBe('approved');
    expect(pendingDeadlines(state, testPolicies)).toEqual([]);
  });
});
