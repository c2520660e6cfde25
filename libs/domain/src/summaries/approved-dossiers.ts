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

/** A finally approved dossier with its content as last edited: what a read model keeps of it. */
export interface ApprovedDossierContent {
  dossierId: string;
  orgId: string;
  content: DossierContent;
  approvedAt: string;
}

interface Seen {
  dossierId: string;
  orgId: string;
  content: DossierContent;
  approvedAt?: string;
}

/**
 * Only what was finally approved counts toward summaries and rankings. Folds dossier events (in
 * global order) into the approved dossiers; other events are ignored.
 */
export function approvedDossiers(events: readonly DossierEvent[]): ApprovedDossierContent[] {
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
  return [...dossiers.values()].filter((d): d is ApprovedDossierContent => d.approvedAt !== undefined);
}

/** Each organisation's latest approved implementation plan, from dossier events. */
export function approvedPlans(events: readonly DossierEvent[]): ReadonlyMap<string, ApprovedPlan> {
  return latestPlans(approvedDossiers(events));
}

/** Each organisation's latest approved yearly report per year, from dossier events. */
export function approvedReports(events: readonly DossierEvent[]): YearReport[] {
  return latestReports(approvedDossiers(events));
}

/**
 * Each organisation's latest approved plan among approved dossiers (from events or a read model:
 * both give the same answer whatever the order they come in).
 */
export function latestPlans(approved: readonly ApprovedDossierContent[]): ReadonlyMap<string, ApprovedPlan> {
  const plans = new Map<string, ApprovedPlan>();
  for (const dossier of approved) {
    if (dossier.content.kind !== 'implementation_plan') continue;
    const plan = { dossierId: dossier.dossierId, orgId: dossier.orgId, approvedAt: dossier.approvedAt, payload: dossier.content.payload };
    const current = plans.get(dossier.orgId);
    if (!current || later(plan, current)) plans.set(dossier.orgId, plan);
  }
  return plans;
}

/** Each organisation's latest approved yearly report per year, ordered by organisation, then year. */
export function latestReports(approved: readonly ApprovedDossierContent[]): YearReport[] {
  const reports = new Map<string, YearReport & { approvedAt: string; dossierId: string }>();
  for (const dossier of approved) {
    if (dossier.content.kind !== 'yearly_report') continue;
    const { year, values, evidence } = dossier.content.payload;
    const report = {
      orgId: dossier.orgId,
      year,
      values,
      ...(evidence ? { evidence } : {}),
      dossierId: dossier.dossierId,
      approvedAt: dossier.approvedAt,
    };
    const key = `${dossier.orgId}\u0000${year}`;
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
