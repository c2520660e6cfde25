import { stamp } from '../../actors/actor';
import { requireSubmitterOf } from '../../actors/actor.policy';
import { InvalidCommand, InvalidTransition } from '../../errors/domain.errors';
import { routeProblem } from '../../routing/route';
import { instantMs } from '../../time/iso-instant';
import { SubmitDossier } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { InvalidRoute } from '../dossier.errors';
import { DossierSubmitted, ReviewRequested } from '../dossier.events';
import { Dossier } from '../dossier.state';
import { validateDossierContent } from '../payloads/dossier-content';

/**
 * Submits a draft (round 1) or resubmits a returned dossier (next round). Records the route and
 * opens its first step in the same append.
 *
 * Where a resubmission restarts: a returned dossier's next round takes a FRESH route, computed by
 * the application layer from the hierarchy at resubmission, and starts again at step 0 — every
 * level re-checks the revised content, whichever level returned it, and a hierarchy change since
 * the last round is honoured. Earlier rounds stay in the history untouched.
 *
 * The rule-set version is the one in force at the first submission and is kept by every later
 * round (unless an administrator migrated the dossier): a resubmission must carry the dossier's
 * version. Each round's steps get fresh due dates, so time spent with the submitter never counts
 * against a reviewer.
 */
export function submit(command: SubmitDossier, state: Dossier, ctx: DossierContext): [DossierSubmitted, ReviewRequested] {
  if (state.status === 'empty') throw new InvalidTransition(command.type, state.status);
  requireSubmitterOf(ctx.actor, state.orgId);
  if (state.status !== 'draft' && state.status !== 'returned') throw new InvalidTransition(command.type, state.status);

  const { route, firstDueAt, ruleSetVersion, comment } = command.data;
  // Validation rules may have tightened since the draft was saved.
  const content = validateDossierContent(state.content.kind, state.content.payload);
  const authorityLevels = [...(ctx.authority(content) ?? [])];
  const problem = routeProblem(route, state.orgId, authorityLevels);
  if (problem) throw new InvalidRoute(problem);
  if (!(instantMs(firstDueAt) > ctx.now.getTime())) throw new InvalidCommand('firstDueAt', 'must be an ISO instant after now');
  if (typeof ruleSetVersion !== 'string' || ruleSetVersion.trim() === '') {
    throw new InvalidCommand('ruleSetVersion', 'must not be empty');
  }
  if (state.status === 'returned' && ruleSetVersion !== state.review.ruleSetVersion) {
    throw new InvalidCommand('ruleSetVersion', `a resubmission keeps the dossier's rule-set version ${state.review.ruleSetVersion}`);
  }

  const round = state.status === 'draft' ? 1 : state.review.round + 1;
  const steps = route.map(({ orgId, level }) => ({ orgId, level }));
  const { dossierId } = state;
  return [
    {
      type: 'DossierSubmitted',
      data: { dossierId, round, route: steps, authorityLevels, ruleSetVersion, ...stamp(ctx, comment) },
    },
    {
      type: 'ReviewRequested',
      data: {
        dossierId,
        round,
        step: 0,
        reviewerOrgId: steps[0].orgId,
        level: steps[0].level,
        dueAt: firstDueAt,
        ruleSetVersion,
        ...stamp(ctx),
      },
    },
  ];
}
