import { InvalidCommand, InvalidPayload, InvalidTransition, NotAllowed } from '../../errors/domain.errors';
import { RouteStep } from '../../routing/route';
import { deciderSpec } from '../../testing/decider-spec';
import { AT, EARLIER, LATER, reviewer, submitter } from '../../testing/fixtures/actors.fixture';
import {
  approvedAt,
  created,
  dossierContext,
  DOSSIER_ID,
  edited,
  finallyApproved,
  openAt,
  OWNER,
  rejected,
  requested,
  returned,
  returnedAt,
  ROUTE,
  RULES,
  submitted,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { NOMINATION, PLAN } from '../../testing/fixtures/payloads.fixture';
import { SubmitDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';
import { InvalidRoute } from '../dossier.errors';
import { DossierEvent } from '../dossier.events';

const spec = deciderSpec(dossierDecider, dossierContext);
const submit = (route: RouteStep[] = ROUTE, extra: Partial<SubmitDossier['data']> = {}): SubmitDossier => ({
  type: 'SubmitDossier',
  data: { dossierId: DOSSIER_ID, route, firstDueAt: LATER, ruleSetVersion: RULES, ...extra },
});

describe('Dossier submission', () => {
  describe('when draft', () => {
    it('records the route and opens its first step', () =>
      spec.given([created()]).when(submit()).then([submitted(1), requested(1, 0)]));

    it('puts the comment on the submission only', () =>
      spec
        .given([created()])
        .when(submit(ROUTE, { comment: 'for approval' }))
        .then([{ ...submitted(1), data: { ...submitted(1).data, comment: 'for approval' } }, requested(1, 0)]));

    it('is in review at step 0 afterwards', () =>
      expect(spec.given([created(), submitted(1), requested(1, 0)]).state()).toMatchObject({
        status: 'in_review',
        step: 0,
        dueAt: LATER,
        review: { round: 1, route: ROUTE, authorityLevels: ['central_council'], ruleSetVersion: RULES },
      }));

    it('takes the top of the chain from the authority policy: a ministry certificate stops at the ministry', () => {
      const nomination: DossierEvent = {
        type: 'DossierCreated',
        data: { ...created().data, kind: 'award_nomination', payload: NOMINATION },
      };
      const toMinistry = ROUTE.slice(0, 2);
      spec
        .given([nomination])
        .when(submit(toMinistry))
        .then([
          { ...submitted(1, toMinistry), data: { ...submitted(1, toMinistry).data, authorityLevels: ['ministry', 'province'] } },
          requested(1, 0, toMinistry),
        ]);
      spec.given([nomination]).when(submit(ROUTE)).thenThrows(InvalidRoute, { code: 'invalid_route', reason: 'passes_authority' });
    });

    it.each([
      ['empty', []],
      ['does_not_reach_authority', ROUTE.slice(0, 2)],
      ['includes_owner_org', [{ orgId: OWNER, level: 'unit' }, ...ROUTE]],
      ['duplicate_org', [ROUTE[0], ...ROUTE]],
    ] as const)('refuses a route that is %s', (reason, route) =>
      spec.given([created()]).when(submit([...route])).thenThrows(InvalidRoute, { reason }));

    it.each([
      ['in the past', EARLIER],
      ['now', AT],
      ['not an ISO instant', '2025-06-09'],
    ])('refuses a first due date %s', (_, firstDueAt) =>
      spec.given([created()]).when(submit(ROUTE, { firstDueAt })).thenThrows(InvalidCommand, { field: 'firstDueAt' }));

    it('refuses a blank rule-set version', () =>
      spec.given([created()]).when(submit(ROUTE, { ruleSetVersion: ' ' })).thenThrows(InvalidCommand, { field: 'ruleSetVersion' }));

    it('re-validates the payload', () =>
      spec
        .given([created({ ...PLAN, criteria: [] })])
        .when(submit())
        .thenThrows(InvalidPayload));

    it('refuses a submitter of another unit and a reviewer', () => {
      spec.given([created()]).when(submit(), { actor: submitter('moc-dept') }).thenThrows(NotAllowed, { reason: 'not_owner_org' });
      spec.given([created()]).when(submit(), { actor: reviewer('moc-dept') }).thenThrows(NotAllowed, { reason: 'requires_submitter' });
    });
  });

  describe('when returned', () => {
    const movedRoute: RouteStep[] = [
      { orgId: 'moc-dept', level: 'unit' },
      { orgId: 'camau', level: 'province' },
      { orgId: 'central', level: 'central_council' },
    ];

    it('starts a new round on a fresh route, from step 0', () =>
      spec
        .given([...returnedAt(1), edited({ ...PLAN, title: 'Revised' })])
        .when(submit(movedRoute))
        .then([submitted(2, movedRoute), requested(2, 0, movedRoute)]));

    it('counts rounds across several returns', () =>
      spec
        .given([...returnedAt(0), submitted(2), requested(2, 0), returned(2, 0)])
        .when(submit())
        .then([submitted(3), requested(3, 0)]));

    it('keeps the rule-set version of the first submission', () =>
      spec
        .given(returnedAt(1))
        .when(submit(ROUTE, { ruleSetVersion: 'rules-2026.1' }))
        .thenThrows(InvalidCommand, { field: 'ruleSetVersion' }));

    it('opens the new round with a fresh due date: time with the submitter never counts against a reviewer', () => {
      const fresh = '2025-06-20T10:00:00.000Z';
      spec
        .given([...returnedAt(0), edited({ ...PLAN, title: 'Revised' })])
        .when(submit(ROUTE, { firstDueAt: fresh }))
        .then([submitted(2), requested(2, 0, ROUTE, fresh)]);
    });

    it('is refused to anyone but a submitter of the unit', () =>
      spec.given(returnedAt(1)).when(submit(), { actor: reviewer('moc') }).thenThrows(NotAllowed));
  });

  describe.each([
    ['submitted', [created(), submitted(1)]],
    ['in review', openAt(1)],
    ['step approved', approvedAt(1)],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['rejected', [...openAt(0), rejected(1, 0)]],
    ['withdrawn', [created(), withdrawn(0)]],
  ])('when %s', (_, history) => {
    it('refuses a submission', () => spec.given(history).when(submit()).thenThrows(InvalidTransition));
  });
});
