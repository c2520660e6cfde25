import { ActedBy } from '../../actors/actor';
import { DossierEvent } from '../../dossiers/dossier.events';
import { Criterion, ImplementationPlanPayload, PlanContent } from '../../dossiers/payloads/implementation-plan.payload';

const by = (orgId: string): ActedBy => ({ userId: `submitter@${orgId}`, role: 'submitter', orgId });
const system: ActedBy = { userId: 'worker:advance', role: 'system' };

/** A plan with one content and one criterion, unless given more. */
export function planPayload(implementsRef: string, contents?: PlanContent[], criteria?: Criterion[]): ImplementationPlanPayload {
  const content = { id: 'c1', title: 'Digital transformation of the unit', nationalContent: 3 as const };
  return {
    title: `Plan implementing ${implementsRef}`,
    implementsRef,
    contents: contents ?? [content],
    criteria: criteria ?? [
      { id: 'k1', contentId: 'c1', metric: 'Files handled online', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2027-12-31' },
    ],
  };
}

export function planCreated(dossierId: string, orgId: string, payload: ImplementationPlanPayload, at: string): DossierEvent {
  return { type: 'DossierCreated', data: { dossierId, orgId, kind: 'implementation_plan', payload, by: by(orgId), at } };
}

export function planSubmitted(dossierId: string, orgId: string, at: string, round = 1): DossierEvent {
  return {
    type: 'DossierSubmitted',
    data: {
      dossierId,
      round,
      route: [{ orgId: 'central', level: 'central_council' }],
      authorityLevels: ['central_council'],
      ruleSetVersion: 'vn-ec-2025.07',
      by: by(orgId),
      at,
    },
  };
}

export function planApproved(dossierId: string, at: string, round = 1): DossierEvent {
  const data = { dossierId, round, authorityOrgId: 'central', authorityLevel: 'central_council' as const, by: system, at };
  return { type: 'DossierApproved', data };
}

export function planWithdrawn(dossierId: string, orgId: string, at: string, round = 1): DossierEvent {
  return { type: 'DossierWithdrawn', data: { dossierId, round, by: by(orgId), at } };
}

/** Created, then submitted at `at`. */
export const planIn = (dossierId: string, orgId: string, implementsRef: string, at: string): DossierEvent[] => [
  planCreated(dossierId, orgId, planPayload(implementsRef), at),
  planSubmitted(dossierId, orgId, at),
];
