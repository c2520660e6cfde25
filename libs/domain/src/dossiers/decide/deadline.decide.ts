import { stamp } from '../../actors/actor';
import { requireSystem } from '../../actors/actor.policy';
import { InvalidCommand } from '../../errors/domain.errors';
import { instantMs } from '../../time/iso-instant';
import { DEADLINE_ACTIONS, DeadlinePolicy } from '../deadlines/deadline-policy';
import { pendingDeadlines } from '../deadlines/pending-deadlines';
import { HandleDeadline } from '../dossier.commands';
import { DossierContext } from '../dossier.decide';
import { ReviewConsentedBySilence, ReviewEscalated, ReviewOverdue, ReviewReminderSent } from '../dossier.events';
import { Dossier, InReviewDossier } from '../dossier.state';
import { reviewerOrgOf } from './step-deciders';

type DeadlineEvent = ReviewReminderSent | ReviewEscalated | ReviewOverdue | ReviewConsentedBySilence;

/**
 * The deadline worker's command when a delayed job fires. It re-reads the dossier and acts only if
 * that very deadline is among the step's `pendingDeadlines` and due (`ctx.now` at or after its
 * moment); otherwise [] — the step was decided, the round replaced, the dossier held, the job
 * already done (a second run), or fired early (the worker reschedules it).
 */
export function handleDeadline(command: HandleDeadline, state: Dossier, ctx: DossierContext): DeadlineEvent[] {
  requireSystem(ctx.actor);
  const { round, step, action, attempt } = command.data;
  if (!DEADLINE_ACTIONS.includes(action)) throw new InvalidCommand('action', `must be one of ${DEADLINE_ACTIONS.join(', ')}`);
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new InvalidCommand('attempt', 'must be an integer >= 1');
  const chain = action === 'escalate' ? requireChain(command) : [];
  if (!ctx.deadlines) throw new Error('HandleDeadline needs ctx.deadlines: the deadline policies by rule-set version');

  if (state.status !== 'in_review' || state.review.round !== round || state.step !== step) return [];
  const due = pendingDeadlines(state, ctx.deadlines).find((d) => d.action === action && d.attempt === attempt);
  if (!due || ctx.now.getTime() < instantMs(due.at)) return [];

  const facts = { dossierId: state.dossierId, round, step, reviewerOrgId: reviewerOrgOf(state) };
  switch (action) {
    case 'remind':
      return [{ type: 'ReviewReminderSent', data: { ...facts, dueAt: state.dueAt, ...stamp(ctx) } }];
    case 'consent':
      return [{ type: 'ReviewConsentedBySilence', data: { ...facts, dueAt: state.dueAt, ...stamp(ctx) } }];
    case 'escalate':
      return [escalate(state, attempt, chain, ctx.deadlines(state.review.ruleSetVersion), ctx)];
  }
}

function escalate(
  state: InReviewDossier,
  attempt: number,
  chain: readonly string[],
  policy: DeadlinePolicy,
  ctx: DossierContext,
): ReviewEscalated | ReviewOverdue {
  const reviewerOrgId = reviewerOrgOf(state);
  const escalations = state.escalations ?? [];
  const silentOrgId = escalations.length > 0 ? escalations[escalations.length - 1].toOrgId : reviewerOrgId;
  const facts = { dossierId: state.dossierId, round: state.review.round, step: state.step, attempt, reviewerOrgId };
  const [toOrgId, ...further] = escalationCandidates(state, chain);
  if (toOrgId === undefined) {
    return { type: 'ReviewOverdue', data: { ...facts, silentOrgId, dueAt: state.dueAt, ...stamp(ctx) } };
  }
  const next = further.length > 0 ? { nextEscalationAt: policy.escalationAt(state.dueAt, attempt + 1) } : {};
  return {
    type: 'ReviewEscalated',
    data: { ...facts, fromOrgId: silentOrgId, toOrgId, dueAt: state.dueAt, ...next, ...stamp(ctx) },
  };
}

/**
 * The organisations above the step not yet notified, lowest first: the recorded route above the
 * step, then the hierarchy above the route's top as the application found it (`chain`, the
 * reviewer's ancestors: the part above the route's top when it is in there, else all of it).
 */
export function escalationCandidates(state: InReviewDossier, chain: readonly string[]): string[] {
  const { route } = state.review;
  const top = route[route.length - 1].orgId;
  const aboveTop = chain.includes(top) ? chain.slice(chain.indexOf(top) + 1) : chain;
  const notified = new Set([reviewerOrgOf(state), ...(state.escalations ?? []).map((e) => e.toOrgId)]);
  const above = [...route.slice(state.step + 1).map((s) => s.orgId), ...aboveTop];
  return [...new Set(above)].filter((orgId) => !notified.has(orgId));
}

function requireChain(command: HandleDeadline): readonly string[] {
  const chain: unknown = command.data.escalationChain;
  if (!Array.isArray(chain) || !chain.every((orgId) => typeof orgId === 'string' && orgId !== '')) {
    throw new InvalidCommand('escalationChain', 'an escalation needs the organisations above the reviewer, parent first ([] at the root)');
  }
  return chain;
}
