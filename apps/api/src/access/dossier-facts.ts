import { Dossier } from '@app/domain';
import { DossierFacts } from './org-reach';

/** The organisations a dossier concerns, from its state as folded from its stream; null before it exists. */
export function dossierFacts(state: Dossier): DossierFacts | null {
  if (state.status === 'empty') return null;
  const route = 'review' in state ? state.review.route.map((step) => step.orgId) : [];
  const escalated = 'escalations' in state ? (state.escalations ?? []).map((escalation) => escalation.toOrgId).reverse() : [];
  const open = state.status === 'in_review' || state.status === 'on_hold';
  const currentOrgId = open ? state.review.route[state.step]?.orgId : undefined;
  return {
    ownerOrgId: state.orgId,
    actingOrgIds: [...new Set([...escalated, ...route])],
    ...(currentOrgId ? { currentOrgId } : {}),
  };
}
