import { fold } from '../decider/decider';
import { LATER } from '../testing/fixtures/actors.fixture';
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
  ROUTE,
  RULES,
  submitted,
  withdrawn,
} from '../testing/fixtures/dossier-history.fixture';
import { PLAN } from '../testing/fixtures/payloads.fixture';
import { dossierDecider } from './dossier.decide';
import { DossierEvent } from './dossier.events';
import { approvedThrough, currentRound } from './dossier.state';

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
