import { OrgTree } from '../organisations/org-tree';
import { windowDueAt } from './movement-calendar';
import { applicableWindows, ScopedWindow } from './submission-windows';

export const PLAN_STATUSES = ['draft', 'in_review', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** An implementation plan of an organisation, as the plan tree knows it. */
export interface PlanSubmission {
  dossierId: string;
  orgId: string;
  status: PlanStatus;
  /** When it was first submitted; absent while it never was. */
  firstSubmittedAt?: string;
}

export type PlansByOrg = ReadonlyMap<string, readonly PlanSubmission[]>;

/** An organisation a window binds that has no plan in as of `now`. */
export interface MissingPlan {
  orgId: string;
  movementId: string;
  windowId: string;
  dueOn: string;
  dueAt: string;
  /** The window has passed. */
  overdue: boolean;
  /** The status of its latest plan, when it has one that does not count (a draft, a rejected or withdrawn plan). */
  latest?: PlanStatus;
}

/**
 * Which organisations have not yet submitted an implementation plan under the window that binds
 * them (`applicableWindows`). A plan counts once submitted at or before `now`, unless it was later
 * rejected or withdrawn; a plan returned for revision still counts (it went in and is being
 * revised). Active organisations only. Sorted by due date, then organisation, then window, so the
 * same inputs always give the same list; filter on `overdue` for the late ones.
 */
export function missingPlans(orgTree: OrgTree, plansByOrg: PlansByOrg, windows: readonly ScopedWindow[], now: Date): MissingPlan[] {
  const at = now.getTime();
  const missing: MissingPlan[] = [];
  for (const node of orgTree.all()) {
    if (node.status !== 'active') continue;
    const binding = applicableWindows(orgTree, windows, node.orgId, 'implementation_plan');
    if (binding.length === 0) continue;
    const plans = plansByOrg.get(node.orgId) ?? [];
    if (plans.some((plan) => counts(plan, at))) continue;
    const latest = plans[plans.length - 1]?.status;
    for (const { movementId, window } of binding) {
      const dueAt = windowDueAt(window);
      missing.push({
        orgId: node.orgId,
        movementId,
        windowId: window.windowId,
        dueOn: window.dueOn,
        dueAt,
        overdue: at > Date.parse(dueAt),
        ...(latest !== undefined ? { latest } : {}),
      });
    }
  }
  return missing.sort(byDueThenOrg);
}

/** Submitted by `at` and neither rejected nor withdrawn since. */
function counts(plan: PlanSubmission, at: number): boolean {
  if (plan.firstSubmittedAt === undefined || Date.parse(plan.firstSubmittedAt) > at) return false;
  return plan.status !== 'rejected' && plan.status !== 'withdrawn';
}

const KEYS = ['dueAt', 'orgId', 'movementId', 'windowId'] as const;

function byDueThenOrg(a: MissingPlan, b: MissingPlan): number {
  for (const key of KEYS) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  return 0;
}
