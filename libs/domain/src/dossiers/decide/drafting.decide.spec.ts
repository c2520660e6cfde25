import { InvalidPayload, InvalidTransition, NotAllowed, NotFound } from '../../errors/domain.errors';
import { deciderSpec } from '../../testing/decider-spec';
import { AT, reviewer, submitter, user, worker } from '../../testing/fixtures/actors.fixture';
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
  returnedAt,
  SUBMITTER,
  withdrawn,
} from '../../testing/fixtures/dossier-history.fixture';
import { NOMINATION, PLAN } from '../../testing/fixtures/payloads.fixture';
import { CreateDossier, DossierCommand, EditDossier } from '../dossier.commands';
import { dossierDecider } from '../dossier.decide';

const spec = deciderSpec(dossierDecider, dossierContext);
const by = { userId: SUBMITTER.userId, role: 'submitter' as const, orgId: OWNER };
const createPlan = (payload = PLAN, comment?: string): CreateDossier => ({
  type: 'CreateDossier',
  data: { dossierId: DOSSIER_ID, orgId: OWNER, kind: 'implementation_plan', payload, ...(comment ? { comment } : {}) },
});
const create = createPlan();
const revised = { ...PLAN, title: 'Revised plan' };
const edit: EditDossier = { type: 'EditDossier', data: { dossierId: DOSSIER_ID, payload: revised } };

describe('Dossier drafting', () => {
  describe('when there is no dossier', () => {
    it('creates a draft for the submitter’s own unit', () =>
      spec.given([]).when(create).then([created()]));

    it('records a comment when given', () =>
      spec
        .given([])
        .when(createPlan(PLAN, 'first draft'))
        .then([{ ...created(), data: { ...created().data, comment: 'first draft' } }]));

    it('creates any kind, e.g. an award nomination', () =>
      spec
        .given([])
        .when({ type: 'CreateDossier', data: { dossierId: 'd-2', orgId: OWNER, kind: 'award_nomination', payload: NOMINATION } })
        .then([
          { type: 'DossierCreated', data: { dossierId: 'd-2', orgId: OWNER, kind: 'award_nomination', payload: NOMINATION, by, at: AT } },
        ]));

    it('refuses an invalid payload', () =>
      spec
        .given([])
        .when(createPlan({ ...PLAN, title: '' }))
        .thenThrows(InvalidPayload, { code: 'invalid_payload', issues: [{ path: 'title', message: 'must be a non-empty string' }] }));

    it('refuses a submitter of another unit', () =>
      spec.given([]).when(create, { actor: submitter('moc-dept') }).thenThrows(NotAllowed, { reason: 'not_owner_org' }));

    it('refuses a reviewer, even of the same unit', () =>
      spec.given([]).when(create, { actor: reviewer(OWNER) }).thenThrows(NotAllowed, { reason: 'requires_submitter' }));

    it('refuses acting in a role not held', () =>
      spec
        .given([])
        .when(create, { actor: { ...user(OWNER, 'reviewer'), role: 'submitter' } })
        .thenThrows(NotAllowed, { reason: 'role_not_held' }));

    it('refuses the system', () =>
      spec.given([]).when(create, { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_submitter' }));

    it.each<DossierCommand>([
      edit,
      { type: 'SubmitDossier', data: { dossierId: DOSSIER_ID, route: [], firstDueAt: AT, ruleSetVersion: 'r' } },
      { type: 'ApproveReview', data: { dossierId: DOSSIER_ID, round: 1, step: 0 } },
      { type: 'WithdrawDossier', data: { dossierId: DOSSIER_ID } },
      { type: 'AdvanceDossier', data: { dossierId: DOSSIER_ID, round: 1, afterStep: 0 } },
    ])('finds nothing to $type', (command) =>
      spec.given([]).when(command).thenThrows(NotFound, { code: 'not_found', id: DOSSIER_ID }));
  });

  describe('when draft', () => {
    it('replaces the payload', () => spec.given([created()]).when(edit).then([edited(revised)]));

    it('keeps the new payload in state', () =>
      expect(spec.given([created(), edited(revised)]).state()).toMatchObject({
        status: 'draft',
        content: { kind: 'implementation_plan', payload: revised },
      }));

    it('validates the payload against the dossier’s own kind', () =>
      spec
        .given([created()])
        .when({ ...edit, data: { ...edit.data, payload: NOMINATION } })
        .thenThrows(InvalidPayload));

    it('refuses a submitter of another unit', () =>
      spec.given([created()]).when(edit, { actor: submitter('camau-justice') }).thenThrows(NotAllowed, { reason: 'not_owner_org' }));

    it('lets another submitter of the same unit edit', () =>
      spec
        .given([created()])
        .when(edit, { actor: user(OWNER, 'submitter', 'colleague') })
        .then([{ ...edited(revised), data: { ...edited(revised).data, by: { ...by, userId: 'colleague' } } }]));

    it('cannot be created twice', () =>
      spec.given([created()]).when(create).thenThrows(InvalidTransition, { status: 'draft' }));
  });

  describe('when returned', () => {
    it('takes the revision', () => spec.given(returnedAt(1)).when(edit).then([edited(revised)]));
  });

  describe.each([
    ['in review', openAt(0)],
    ['step approved', approvedAt(0)],
    ['approved', [...approvedAt(2), finallyApproved(1)]],
    ['rejected', [...openAt(1), rejected(1, 1)]],
    ['withdrawn', [created(), withdrawn(0)]],
  ])('when %s', (_, history) => {
    it('refuses edits', () => spec.given(history).when(edit).thenThrows(InvalidTransition));
  });
});
