import { Dossier } from '../dossier.state';
import { DeadlineAction, DeadlinePolicies } from './deadline-policy';

/**
 * A deadline job still to fire. Its identity is `(dossierId, round, step, action, attempt)`; `at`
 * is when it is due, from the step's current due date (it moves when a hold is released or the
 * rule set migrated, so a job already scheduled may fire early: it then decides nothing and is
 * rescheduled from this list).
 */
export interface PendingDeadline {
  dossierId: string;
  round: number;
  step: number;
  action: DeadlineAction;
  attempt: number;
  at: string;
}

/**
 * What is still to fire for the open step, under the rule-set version the dossier runs under:
 *
 *   - the reminder, until it is sent (moot once the step was escalated);
 *   - at a consultation step, the consent at the due date;
 *   - otherwise the next escalation: attempt 1 at the due date, then one grace period apart while
 *     an organisation is left above the last one notified.
 *
 * Nothing while no step is open, on hold included: its clock is stopped. The deadline worker and
 * the reconciler (re)create delayed jobs from this list; `HandleDeadline` acts on an entry only.
 */
export function pendingDeadlines(state: Dossier, policies: DeadlinePolicies): PendingDeadline[] {
  if (state.status !== 'in_review') return [];
  const policy = policies(state.review.ruleSetVersion);
  const { dossierId, dueAt, step } = state;
  const key = { dossierId, round: state.review.round, step };
  const escalations = state.escalations ?? [];
  const last = escalations[escalations.length - 1];
  const pending: PendingDeadline[] = [];
  if (state.remindedAt === undefined && last === undefined && state.overdueAt === undefined) {
    pending.push({ ...key, action: 'remind', attempt: 1, at: policy.reminderAt(dueAt) });
  }
  if (policy.silenceIsConsent(state.content.kind, state.review.route[step].level)) {
    pending.push({ ...key, action: 'consent', attempt: 1, at: dueAt });
  } else if (state.overdueAt === undefined && !last?.lastInChain) {
    const attempt = escalations.length + 1;
    pending.push({ ...key, action: 'escalate', attempt, at: policy.escalationAt(dueAt, attempt) });
  }
  return pending;
}
