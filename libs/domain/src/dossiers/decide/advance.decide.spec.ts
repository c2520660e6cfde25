import { InvalidCommand, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { AT, byWorker, LATER, reviewer, worker } from '../../testing/fixtures/actors.fixture';
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
  ROUTE,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { NOMINATION } from '../../testing/fixtures/payloads.fixture';
import { AdvanceDossier } from '../dossier.commands';
import { DossierContext, dossierDecider } from '../dossier.decide';
import { DossierEvent } from '../dossier.events';

const spec = deciderSpec(dossierDecider, (): DossierContext => ({ ...dossierContext(), actor: worker }));
const advance = (round: number, afterStep: number, dueAt: string | null = LATER): AdvanceDossier => ({
  type: 'AdvanceDossier',
  data: { dossierId: DOSSIER_ID, round, afterStep, ...(dueAt ? { dueAt } : {}) },
});

describe('Dossier advance (worker)', () => {
  describe('when step approved', () => {
    it('opens the next step with its due date', () => spec.given(approvedAt(0)).when(advance(1, 0)).then([requested(1, 1)]));

    it('opens the last step', () => spec.given(approvedAt(1)).when(advance(1, 1)).then([requested(1, 2)]));

    it('needs a due date in the future to open a step', () => {
      spec.given(approvedAt(0)).when(advance(1, 0, null)).thenThrows(InvalidCommand, { field: 'dueAt' });
      spec.given(approvedAt(0)).when(advance(1, 0, AT)).thenThrows(InvalidCommand, { field: 'dueAt' });
    });

    it('is refused to people', () =>
      spec.given(approvedAt(0)).when(advance(1, 0), { actor: reviewer('moc-dept') }).thenThrows(NotAllowed, { reason: 'requires_system' }));

    it('refuses a step not yet approved', () =>
      spec.given(approvedAt(0)).when(advance(1, 1)).thenThrows(InvalidTransition));

    it('refuses a round not yet submitted', () =>
      spec.given(approvedAt(0)).when(advance(2, 0)).thenThrows(InvalidTransition));
  });

  describe('when the last step is approved', () => {
    it('records the final approval, needing no due date', () =>
      spec.given(approvedAt(2)).when(advance(1, 2, null)).then([finallyApproved(1)]));
  });

  describe('when the ministry approved a ministry-level nomination', () => {
    const toMinistry = ROUTE.slice(0, 2);
    const history: DossierEvent[] = [
      { type: 'DossierCreated', data: { ...created().data, kind: 'award_nomination', payload: NOMINATION } },
      { ...submitted(1, toMinistry), data: { ...submitted(1, toMinistry).data, authorityLevels: ['ministry', 'province'] } },
      requested(1, 0, toMinistry),
      approvedStep(1, 0, toMinistry),
      requested(1, 1, toMinistry),
      approvedStep(1, 1, toMinistry),
    ];

    it('records the final approval by the ministry', () =>
      spec
        .given(history)
        .when(advance(1, 1, null))
        .then([
          {
            type: 'DossierApproved',
            data: { dossierId: DOSSIER_ID, round: 1, authorityOrgId: 'moc', authorityLevel: 'ministry', by: byWorker, at: AT },
          },
        ]));
  });

  describe('when the next step is already open (a repeated job)', () => {
    it('does nothing', () => spec.given(openAt(1)).when(advance(1, 0)).thenNothing());

    it('refuses a step still awaiting its reviewer', () =>
      spec.given(openAt(1)).when(advance(1, 1)).thenThrows(InvalidTransition, { status: 'in_review' }));
  });

  describe('when approved', () => {
    it.each([0, 1, 2])('does nothing after step %i', (step) =>
      spec.given([...approvedAt(2), finallyApproved(1)]).when(advance(1, step)).thenNothing());
  });

  describe('when returned', () => {
    it('does nothing for a step approved before the return', () =>
      spec.given(returnedAt(2)).when(advance(1, 1)).thenNothing());

    it('refuses the step that was returned', () =>
      spec.given(returnedAt(2)).when(advance(1, 2)).thenThrows(InvalidTransition));
  });

  describe('when rejected', () => {
    it('does nothing for a step approved before the rejection', () =>
      spec.given([...openAt(1), rejected(1, 1)]).when(advance(1, 0)).thenNothing());

    it('refuses the step that was rejected', () =>
      spec.given([...openAt(1), rejected(1, 1)]).when(advance(1, 1)).thenThrows(InvalidTransition));
  });

  describe('when withdrawn', () => {
    it('does nothing for an approval the withdrawal overtook', () =>
      spec.given([...approvedAt(1), withdrawn(1)]).when(advance(1, 1)).thenNothing());

    it('refuses a step that was never approved', () =>
      spec.given([...openAt(1), withdrawn(1)]).when(advance(1, 1)).thenThrows(InvalidTransition));

    it('refuses any step of a dossier withdrawn as a draft', () =>
      spec.given([created(), withdrawn(0)]).when(advance(1, 0)).thenThrows(InvalidTransition));
  });

  describe('when resubmitted (a job of an earlier round)', () => {
    const history = [...approvedAt(1), requested(1, 2), returned(1, 2), submitted(2), requested(2, 0), approvedStep(2, 0)];

    it('does nothing for the earlier round', () => spec.given(history).when(advance(1, 1)).thenNothing());

    it('advances the current round', () => spec.given(history).when(advance(2, 0)).then([requested(2, 1)]));
  });

  describe.each([
    ['draft', [created()]],
    ['submitted', [created(), submitted(1)]],
  ])('when %s', (_, history) => {
    it('refuses to advance', () => spec.given(history).when(advance(1, 0)).thenThrows(InvalidTransition));
  });
});
