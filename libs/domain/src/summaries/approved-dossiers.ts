import { DossierEvent } from '../dossiers/dossier.events';
import { DossierContent } from '../dossiers/payloads/dossier-content';
import { ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { YearReport } from './year-report';

export interface ApprovedPlan {
  dossierId: string;
  orgId: string;
  approvedAt: string;
  payload: ImplementationPlanPayload;
}

interface Seen {
  dossierId: string;
  orgId: string;
  content: DossierContent;
  approvedAt?: string;
}

/**
 * Only what was finally approved counts toward summaries and rankings. Folds dossier events (in
 * global order) into the approved plans and yearly reports; other kinds and events are ignored.
 */
function approvedDossiers(events: readonly DossierEvent[]): Seen[] {
  const dossiers = new Map<string, Seen>();
  for (const event of events) {
    switch (event.type) {
      case 'DossierCreated': {
        const { dossierId, orgId, kind, payload } = event.data;
        dossiers.set(dossierId, { dossierId, orgId, content: { kind, payload } as DossierContent });
        break;
      }
      case 'DossierEdited': {
        const seen = dossiers.get(event.data.dossierId);
        if (!seen) break;
        const content = { kind: seen.content.kind, payload: event.data.payload } as DossierContent;
        dossiers.set(seen.dossierId, { ...seen, content });
        break;
      }
      case 'DossierApproved': {
        const seen = dossiers.get(event.data.dossierId);
        if (seen) dossiers.set(seen.dossierId, { ...seen, approvedAt: event.data.at });
        break;
      }
      default:
        break;
    }
  }
  return [...dossiers.values()].filter((d) => d.approvedAt !== undefined);
}

/** Each organisation's latest approved implementation plan. */
export function approvedPlans(events: readonly DossierEvent[]): ReadonlyMap<string, ApprovedPlan> {
  const plans = new Map<string, ApprovedPlan>();
  for (const seen of approvedDossiers(events)) {
    if (seen.content.kind !== 'implementation_plan') continue;
    const plan = { dossierId: seen.dossierId, orgId: seen.orgId, approvedAt: seen.approvedAt as string, payload: seen.content.payload };
    const current = plans.get(seen.orgId);
    if (!current || later(plan, current)) plans.set(seen.orgId, plan);
  }
  return plans;
}

/** Each organisation's latest approved yearly report per year, ordered by organisation, then year. */
export function approvedReports(events: readonly DossierEvent[]): YearReport[] {
  const reports = new Map<string, YearReport & { approvedAt: string; dossierId: string }>();
  for (const seen of approvedDossiers(events)) {
    if (seen.content.kind !== 'yearly_report') continue;
    const { year, values } = seen.content.payload;
    const report = { orgId: seen.orgId, year, values, dossierId: seen.dossierId, approvedAt: seen.approvedAt as string };
    const key = `${seen.orgId}\u0000${year}`;
    const current = reports.get(key);
    if (!current || later(report, current)) reports.set(key, report);
  }
  return [...reports.values()]
    .sort((a, b) => (a.orgId !== b.orgId ? (a.orgId < b.orgId ? -1 : 1) : a.year - b.year))
    .map(({ approvedAt: _approvedAt, ...report }) => report);
}

function later(a: { approvedAt: string; dossierId: string }, b: { approvedAt: string; dossierId: string }): boolean {
  return a.approvedAt !== b.approvedAt ? a.approvedAt > b.approvedAt : a.dossierId > b.dossierId;
}
