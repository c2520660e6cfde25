import { Actor } from '../actors/actor';
import { computeRoute } from '../routing/route';
import { LATER, NOW, worker } from '../testing/fixtures/actors.fixture';
import { dossierContext, DOSSIER_ID, OWNER, REVIEWERS, SUBMITTER } from '../testing/fixtures/dossier-history.fixture';
import { orgTree } from '../testing/fixtures/orgs.fixture';
import { PLAN } from '../testing/fixtures/payloads.fixture';
import { DossierCommand } from './dossier.commands';
import { dossierDecider } from './dossier.decide';
import { DossierEvent } from './dossier.events';
import { Dossier } from './dossier.state';

/** Runs commands one after another like the application layer would, keeping the whole history. */
function play(steps: [DossierCommand, Actor][]): { history: DossierEvent[]; statuses: Dossier['status'][] } {
  const history: DossierEvent[] = [];
  const statuses: Dossier['status'][] = [];
  let state = dossierDecider.initialState();
  for (const [command, actor] of steps) {
    const events = dossierDecider.decide(command, state, { ...dossierContext(), actor });
    history.push(...events);
    state = events.reduce(dossierDecider.evolve, state);
    statuses.push(state.status);
  }
  return { history, statuses };
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
});
