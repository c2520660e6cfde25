import { fold } from '../../decider/decider';
import { admin } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  created,
  DOSSIER_ID,
  finallyApproved,
  openAt,
  requested,
  returned,
  returnedAt,
  REVIEWERS,
  ROUTE,
  submitted,
} from '../../testing/fixtures/dossier-history.fixture';
import { dossierDecider } from '../dossier.decide';
import { DossierEvent } from '../dossier.events';
import {
  consented,
  DUE,
  DUE_AFTER_HOLD,
  ESCALATE_AT,
  escalated,
  held,
  migrated,
  noConsultation,
  overdue,
  REMIND_AT,
  reminded,
  releasedHold,
  shift,
  testPolicies,
} from '../testing/deadline-history.fixture';
import { DeadlinePolicies } from './deadline-policy';
import { pendingDeadlines } from './pending-deadlines';

const pending = (events: DossierEvent[], policies: DeadlinePolicies = testPolicies) =>
  pendingDeadlines(fold(dossierDecider, events), policies).map(({ dossierId, ...rest }) => {
    expect(dossierId).toBe(DOSSIER_ID);
    return rest;
  });
const remind = (round: number, step: number, at = REMIND_AT) => ({ round, step, action: 'remind', attempt: 1, at });
const escalate = (round: number, step: number, attempt: number, at = ESCALATE_AT(attempt)) => ({
  round,
  step,
  action: 'escalate',
  attempt,
  at,
});
const toMoc = { from: 'moc-dept', to: 'moc', next: ESCALATE_AT(2) };

describe('pendingDeadlines', () => {
  describe('when in review', () => {
    it('lists the reminder and the first escalation at the due date', () =>
      expect(pending(openAt(0))).toEqual([remind(1, 0), escalate(1, 0, 1, DUE)]));

    it('drops the reminder once sent', () => expect(pending([...openAt(0), reminded(1, 0)])).toEqual([escalate(1, 0, 1)]));

    it('lists the next escalation one grace period later', () =>
      expect(pending([...openAt(0), reminded(1, 0), escalated(1, 0, 1, toMoc)])).toEqual([escalate(1, 0, 2)]));

    it('drops a reminder the escalation overtook', () =>
      expect(pending([...openAt(0), escalated(1, 0, 1, toMoc)])).toEqual([escalate(1, 0, 2)]));

    it('lists nothing once escalated to the top or recorded overdue', () => {
      expect(pending([...openAt(0), escalated(1, 0, 1, toMoc), escalated(1, 0, 2, { from: 'moc', to: 'central' })])).toEqual([]);
      expect(pending([...openAt(2), overdue(1, 2, 1, 'central')], noConsultation)).toEqual([]);
    });
  });

  describe('when at a consultation step', () => {
    it('lists the reminder and the consent at the due date, no escalation', () =>
      expect(pending(openAt(2))).toEqual([remind(1, 2), { round: 1, step: 2, action: 'consent', attempt: 1, at: DUE }]));

    it('lists nothing once consent is recorded', () => expect(pending([...openAt(2), consented(1, 2)])).toEqual([]));
  });

  describe('when on hold and released', () => {
    const onHold = [...openAt(0), reminded(1, 0), held(1, 0, REVIEWERS[0])];

    it('lists nothing while the clock is stopped', () => expect(pending(onHold)).toEqual([]));

    it('counts from the new due date after the release', () =>
      expect(pending([...onHold, releasedHold(1, 0, REVIEWERS[0])])).toEqual([escalate(1, 0, 1, DUE_AFTER_HOLD)]));
  });

  describe('when resubmitted after a return', () => {
    it('starts afresh from the new round’s due date', () => {
      const NEW_DUE = shift(DUE, 20);
      const history = [...openAt(0), escalated(1, 0, 1, toMoc), returned(1, 0), submitted(2), requested(2, 0, ROUTE, NEW_DUE)];
      expect(pending(history)).toEqual([remind(2, 0, shift(NEW_DUE, -2)), escalate(2, 0, 1, NEW_DUE)]);
    });
  });

  describe('when migrated', () => {
    it('uses the new version’s rules', () =>
      expect(pending([...openAt(0), migrated(1, admin, DUE)])).toEqual([remind(1, 0, shift(DUE, -1)), escalate(1, 0, 1, DUE)]));
  });

  describe.each([
    ['draft', [created()]],
    ['step approved', approvedAt(0)],
    ['returned', returnedAt(0)],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
  ])('when %s', (_, history) => {
    it('lists nothing', () => expect(pending(history)).toEqual([]));
  });
});
