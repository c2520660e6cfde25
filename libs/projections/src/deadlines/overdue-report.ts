import { DeadlineStep } from './deadline-step';
import { emptyBucketCounts, OverdueBucket, overdueBucket } from './overdue-bucket';

export interface OverdueStep extends DeadlineStep {
  /** `workingDaysBetween(dueAt, now)`: whole working days late (see `overdueBucket`). */
  overdueByWorkingDays: number;
  bucket: OverdueBucket;
}

/** One organisation's overdue steps per bucket: its own, and those escalated to it. */
export interface OverdueOrgCounts {
  orgId: string;
  buckets: Record<OverdueBucket, number>;
  total: number;
  /** Of `total`, the steps counted because they were escalated to this organisation. */
  escalatedSteps: number;
}

export interface OverdueReport {
  /** Most overdue first (earliest due date, then dossier id); at most the limit asked for. */
  steps: OverdueStep[];
  /** Overdue steps in all, beyond the limit too. */
  total: number;
  /** Counted over every overdue step, not only those in `steps`; by organisation id. */
  byOrg: OverdueOrgCounts[];
}

export interface OverdueReportOptions {
  now: Date;
  workingDaysBetween: (a: Date, b: Date) => number;
  limit: number;
  /** Counts only for this organisation (always listed, zeros included); else for every organisation concerned. */
  orgId?: string;
}

/**
 * Buckets every overdue step and counts it for its reviewer and for each organisation it was
 * escalated to, since each of them may decide it. A step counts once per organisation.
 */
export function overdueReport(open: readonly DeadlineStep[], options: OverdueReportOptions): OverdueReport {
  const byOrg = new Map<string, OverdueOrgCounts>();
  const countsOf = (orgId: string): OverdueOrgCounts => {
    let counts = byOrg.get(orgId);
    if (!counts) {
      counts = { orgId, buckets: emptyBucketCounts(), total: 0, escalatedSteps: 0 };
      byOrg.set(orgId, counts);
    }
    return counts;
  };
  if (options.orgId !== undefined) countsOf(options.orgId);

  const steps = open.map((step): OverdueStep => {
    const overdueByWorkingDays = options.workingDaysBetween(new Date(step.dueAt), options.now);
    return { ...step, overdueByWorkingDays, bucket: overdueBucket(overdueByWorkingDays) };
  });
  for (const step of steps) {
    for (const orgId of new Set([step.reviewerOrgId, ...step.escalatedTo])) {
      if (options.orgId !== undefined && orgId !== options.orgId) continue;
      const counts = countsOf(orgId);
      counts.buckets[step.bucket] += 1;
      counts.total += 1;
      if (orgId !== step.reviewerOrgId) counts.escalatedSteps += 1;
    }
  }
  const orgs = [...byOrg.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0));
  return { steps: steps.slice(0, options.limit), total: steps.length, byOrg: orgs };
}
