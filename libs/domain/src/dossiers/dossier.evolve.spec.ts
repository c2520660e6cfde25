import { fold } from '../decider/decider';
import { admin, LATER } from '../testing/fixtures/actors.fixture';
import {
  approvedAt,
  approvedStep,
  created,
  finallyApproved,
  openAt,
  rejected,
  requested,
  returned,
  returnedAt,
  REVIEWERS,
  ROUTE,
  RULES,
  submitted,
  withdrawn,
} from '../testing/fixtures/dossier-history.fixture';
import { PLAN } from '../testing/fixtures/payloads.fixture';
import { dossierDecider } from './dossier.decide';
import { DossierEvent } from './dossier.events';
import { approvedThrough, currentRound } from './dossier.state';
import {
  consented,
  DUE_AFTER_HOLD,
  ESCALATE_AT,
  escalated,
  held,
  HELD_AT,
  migrated,
  NEW_RULES,
  overdue,
  REMIND_AT,
  reminded,
  releasedHold,
} from './testing/deadline-history.fixture';

const stateOf = (events: DossierEvent[]) => fold(dossierDecider, events);
const review = (round: number) => ({ round, route: ROUTE, authorityLevels: ['central_council'], ruleSetVersion: RULES });
const facts = { dossierId: 'd-1', orgId: 'moc-dept-office', content: { kind: 'implementation_plan', payload: PLAN } };

describe('Dossier evolve', () => {
  it('starts empty', () => expect(stateOf([])).toEqual({ status: 'empty' }));

  it.each([
    ['draft', [created()], { status: 'draft', ...facts }],
    ['submitted', [created(), submitted(1)], { status: 'submitted', ...facts, review: review(1) }],
    ['in review', openAt(1), { status: 'in_review', ...facts, review: review(1), step: 1, dueAt: LATER }],
    ['step approved', approvedAt(1), { status: 'step_approved', ...facts, review: review(1), step: 1 }],
    ['returned', returnedAt(1), { status: 'returned', ...facts, review: review(1), step: 1, reason: 'Criteria lack targets' }],
    ['rejected', [...openAt(0), rejected(1, 0)], { status: 'rejected', ...facts, review: review(1), step: 0, reason: 'Out of scope' }],
    ['approved', [...approvedAt(2), finallyApproved(1)], { status: 'approved', ...facts, review: review(1) }],
    ['withdrawn after an approval', [...approvedAt(1), withdrawn(1)], { status: 'withdrawn', ...facts, round: 1, approvedThrough: 1 }],
    ['withdrawn as a draft', [created(), withdrawn(0)], { status: 'withdrawn', ...facts, round: 0, approvedThrough: -1 }],
  ])('folds to %s', (_, events, expected) => expect(stateOf(events as DossierEvent[])).toEqual(expected));

  describe('deadlines and holds', () => {
    const inReview = { status: 'in_review', ...facts, review: review(1), step: 0, dueAt: LATER };
    const toMoc = escalated(1, 0, 1, { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) });
    const toCentral = escalated(1, 0, 2, { from: 'moc', to: 'central' });
    const hold = { since: HELD_AT, reason: 'complaint', remaining: { workingDays: 4 } };

    it.each([
      ['reminded', [...openAt(0), reminded(1, 0)], { ...inReview, remindedAt: REMIND_AT }],
      [
        'escalated up to the top',
        [...openAt(0), toMoc, toCentral],
        {
          ...inReview,
          escalations: [
            { attempt: 1, toOrgId: 'moc', at: ESCALATE_AT(1) },
            { attempt: 2, toOrgId: 'central', at: ESCALATE_AT(2), lastInChain: true },
          ],
        },
      ],
      ['overdue', [...openAt(0), overdue(1, 0, 1, 'moc-dept')], { ...inReview, overdueAt: ESCALATE_AT(1) }],
      ['consented by silence', [...openAt(2), consented(1, 2)], { status: 'step_approved', ...facts, review: review(1), step: 2 }],
      [
        'on hold',
        [...openAt(0), reminded(1, 0), held(1, 0, REVIEWERS[0])],
        { ...inReview, status: 'on_hold', remindedAt: REMIND_AT, hold },
      ],
      [
        'released',
        [...openAt(0), toMoc, held(1, 0, REVIEWERS[0]), releasedHold(1, 0, REVIEWERS[0])],
        { ...inReview, dueAt: DUE_AFTER_HOLD, escalations: [{ attempt: 1, toOrgId: 'moc', at: ESCALATE_AT(1) }] },
      ],
      [
        'withdrawn on hold',
        [...openAt(1), held(1, 1, REVIEWERS[1]), withdrawn(1)],
        { status: 'withdrawn', ...facts, round: 1, approvedThrough: 0 },
      ],
      [
        'migrated',
        [...openAt(0), migrated(1, admin, DUE_AFTER_HOLD)],
        { ...inReview, dueAt: DUE_AFTER_HOLD, review: { ...review(1), ruleSetVersion: NEW_RULES } },
      ],
    ])('folds to %s', (_, events, expected) => expect(stateOf(events as DossierEvent[])).toStrictEqual(expected));

    it('ignores deadline and hold events that do not fit the state', () => {
      const stepApproved = stateOf(approvedAt(0));
      for (const event of [reminded(1, 0), toMoc, consented(1, 0), held(1, 0, REVIEWERS[0]), releasedHold(1, 0, REVIEWERS[0])]) {
        expect(dossierDecider.evolve(stepApproved, event)).toBe(stepApproved);
      }
      const draft = stateOf([created()]);
      expect(dossierDecider.evolve(draft, migrated(1, admin))).toBe(draft);
      const onHold = stateOf([...openAt(0), held(1, 0, REVIEWERS[0])]);
      for (const event of [approvedStep(1, 0), returned(1, 0), reminded(1, 0), toMoc, held(1, 0, REVIEWERS[0])]) {
        expect(dossierDecider.evolve(onHold, event)).toBe(onHold);
      }
    });
  });

  it('reads the round and approved steps from any state', () => {
    const resubmitted = stateOf([...returnedAt(2), submitted(2), requested(2, 0), approvedStep(2, 0)]);
    expect([currentRound(resubmitted), approvedThrough(resubmitted)]).toEqual([2, 0]);
    expect([currentRound(stateOf(returnedAt(2))), approvedThrough(stateOf(returnedAt(2)))]).toEqual([1, 1]);
    expect(approvedThrough(stateOf([...approvedAt(2), finallyApproved(1)]))).toBe(2);
  });

  it('ignores events that do not fit the state', () => {
    const draft = stateOf([created()]);
    for (const event of [created(), approvedStep(1, 0), returned(1, 0), requested(1, 0), finallyApproved(1)]) {
      expect(dossierDecider.evolve(draft, event)).toBe(draft);
    }
    const closed = stateOf([...openAt(0), rejected(1, 0)]);
    expect(dossierDecider.evolve(closed, withdrawn(1))).toBe(closed);
  });
});
