import { DeadlinePolicy } from '../dossiers/deadlines/deadline-policy';
import { OrgTree } from '../organisations/org-tree';
import { MissingPlan } from './missing-plans';
import { Movement, windowTrackKey } from './movement.state';

/** The deadline policy of the rule set in force at an instant (ISO), e.g. when a window was set. */
export type PolicyInForceAt = (at: string) => DeadlinePolicy;

/**
 * A window deadline still to fire for one late organisation. Its identity is
 * `(movementId, windowId, orgId, dueAt, action, attempt)`: `dueAt` changes when the window is
 * moved, so jobs of the old date never collide with the new ones.
 */
export interface PendingWindowDeadline {
  movementId: string;
  windowId: string;
  orgId: string;
  dueAt: string;
  action: 'remind' | 'escalate';
  attempt: number;
  at: string;
}

/**
 * What is still to fire for this movement's windows, like a review step's deadlines: a reminder
 * the rule set's lead before the due date (until sent, moot once escalated), then escalation
 * attempt 1 at the due date to the organisation's parent and one grace period apart up the
 * hierarchy while someone is left above. Only for the organisations `missing` lists (from
 * `missingPlans`): a plan submitted in time cancels everything. `policy` gives the reminder lead
 * and the escalation grace: one policy for every window, or, given the instant a window was last
 * set, the policy of the rule set in force then (so a rule set taking effect mid-flight applies
 * to the windows set after it, as a dossier keeps the rule set it was first submitted under).
 */
export function pendingWindowDeadlines(
  state: Movement,
  missing: readonly MissingPlan[],
  tree: OrgTree,
  policy: DeadlinePolicy | PolicyInForceAt,
): PendingWindowDeadline[] {
  if (state.status !== 'launched') return [];
  const { movementId } = state.definition;
  const pending: PendingWindowDeadline[] = [];
  for (const late of missing) {
    if (late.movementId !== movementId) continue;
    // Set with the movement or by a SubmissionWindowSet, so always known for a window `missing` names.
    const rules = typeof policy === 'function' ? policy(state.windowsSetAt[late.windowId] ?? late.dueAt) : policy;
    const key = { movementId, windowId: late.windowId, orgId: late.orgId, dueAt: late.dueAt };
    const track = state.tracks[windowTrackKey(late.windowId, late.orgId)] ?? { escalations: [] };
    const last = track.escalations[track.escalations.length - 1];
    if (track.remindedAt === undefined && last === undefined) {
      const remindAt = rules.reminderAt(late.dueAt);
      if (remindAt < late.dueAt) pending.push({ ...key, action: 'remind', attempt: 1, at: remindAt });
    }
    const attempt = track.escalations.length + 1;
    if (!last?.lastInChain && tree.ancestors(late.orgId).length >= attempt) {
      pending.push({ ...key, action: 'escalate', attempt, at: rules.escalationAt(late.dueAt, attempt) });
    }
  }
  return pending;
}
