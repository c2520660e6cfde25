import { DossierKind, StepLevel } from '../../rules/rule-set';
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
 * What the deadlines of an open, running step depend on: the dossier's state holds it, and so does a
 * read model that mirrors the state (see `pendingDeadlinesOfStep`).
 */
export interface OpenStepDeadlineFacts {
  dossierId: string;
  round: number;
  step: number;
  kind: DossierKind;
  /** The level of the step's reviewer on the route. */
  level: StepLevel;
  ruleSetVersion: string;
  dueAt: string;
  reminded: boolean;
  /** Escalations of the step so far. */
  escalations: number;
  /** The last escalation reached an organisation with none above it: nothing more to escalate. */
  lastInChain: boolean;
  /** An escalation fell due with no organisation left above (`ReviewOverdue`). */
  overdue: boolean;
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
  const escalations = state.escalations ?? [];
  return pendingDeadlinesOfStep(
    {
      dossierId: state.dossierId,
      round: state.review.round,
      step: state.step,
      kind: state.content.kind,
      level: state.review.route[state.step].level,
      ruleSetVersion: state.review.ruleSetVersion,
      dueAt: state.dueAt,
      reminded: state.remindedAt !== undefined,
      escalations: escalations.length,
      lastInChain: escalations[escalations.length - 1]?.lastInChain === true,
      overdue: state.overdueAt !== undefined,
    },
    policies,
  );
}

/** The same list, from the facts of a running step alone. */
export function pendingDeadlinesOfStep(facts: OpenStepDeadlineFacts, policies: DeadlinePolicies): PendingDeadline[] {
  const policy = policies(facts.ruleSetVersion);
  const { dossierId, round, step, dueAt } = facts;
  const key = { dossierId, round, step };
  const pending: PendingDeadline[] = [];
  if (!facts.reminded && facts.escalations === 0 && !facts.overdue) {
    pending.push({ ...key, action: 'remind', attempt: 1, at: policy.reminderAt(dueAt) });
  }
  if (policy.silenceIsConsent(facts.kind, facts.level)) {
    pending.push({ ...key, action: 'consent', attempt: 1, at: dueAt });
  } else if (!facts.overdue && !facts.lastInChain) {
    const attempt = facts.escalations + 1;
    pending.push({ ...key, action: 'escalate', attempt, at: policy.escalationAt(dueAt, attempt) });
  }
  return pending;
}
