import { DossierEvent } from './dossier.events';
import { approvedThrough, currentRound, Dossier, InReviewDossier, isClosed, OnHoldDossier } from './dossier.state';
import { DossierContent } from './payloads/dossier-content';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveDossier(state: Dossier, event: DossierEvent): Dossier {
  const { type, data } = event;
  switch (type) {
    case 'DossierCreated': {
      if (state.status !== 'empty') return state;
      const content = { kind: data.kind, payload: data.payload } as DossierContent;
      return { status: 'draft', dossierId: data.dossierId, orgId: data.orgId, content };
    }
    case 'DossierEdited': {
      if (state.status !== 'draft' && state.status !== 'returned') return state;
      return { ...state, content: { kind: state.content.kind, payload: data.payload } as DossierContent };
    }
    case 'DossierSubmitted': {
      if (state.status !== 'draft' && state.status !== 'returned') return state;
      const { round, route, authorityLevels, ruleSetVersion } = data;
      return { status: 'submitted', ...facts(state), review: { round, route, authorityLevels, ruleSetVersion } };
    }
    case 'ReviewRequested':
      if (state.status !== 'submitted' && state.status !== 'step_approved') return state;
      return { status: 'in_review', ...facts(state), review: state.review, step: data.step, dueAt: data.dueAt };
    case 'ReviewApproved':
      if (state.status !== 'in_review') return state;
      return { status: 'step_approved', ...facts(state), review: state.review, step: state.step };
    case 'DossierReturned':
      if (state.status !== 'in_review') return state;
      return { status: 'returned', ...facts(state), review: state.review, step: state.step, reason: data.reason };
    case 'DossierRejected':
      if (state.status !== 'in_review') return state;
      return { status: 'rejected', ...facts(state), review: state.review, step: state.step, reason: data.reason };
    case 'DossierWithdrawn':
      if (state.status === 'empty' || isClosed(state)) return state;
      return { status: 'withdrawn', ...facts(state), round: currentRound(state), approvedThrough: approvedThrough(state) };
    case 'DossierApproved':
      if (state.status !== 'step_approved') return state;
      return { status: 'approved', ...facts(state), review: state.review };
    case 'ReviewReminderSent':
      if (state.status !== 'in_review') return state;
      return { ...state, remindedAt: data.at };
    case 'ReviewEscalated': {
      if (state.status !== 'in_review') return state;
      const last = data.nextEscalationAt === undefined ? { lastInChain: true as const } : {};
      const escalation = { attempt: data.attempt, toOrgId: data.toOrgId, at: data.at, ...last };
      return { ...state, escalations: [...(state.escalations ?? []), escalation] };
    }
    case 'ReviewOverdue':
      if (state.status !== 'in_review') return state;
      return { ...state, overdueAt: data.at };
    case 'ReviewConsentedBySilence':
      if (state.status !== 'in_review') return state;
      return { status: 'step_approved', ...facts(state), review: state.review, step: state.step };
    case 'DossierPutOnHold': {
      if (state.status !== 'in_review') return state;
      const { reason, note, remaining } = data;
      const hold = { since: data.at, reason, ...(note !== undefined ? { note } : {}), remaining };
      return { ...state, status: 'on_hold', hold };
    }
    case 'DossierReleased':
      if (state.status !== 'on_hold') return state;
      return released(state, data.dueAt);
    case 'DossierRuleSetMigrated': {
      if (state.status === 'empty' || state.status === 'draft' || isClosed(state)) return state;
      const review = { ...state.review, ruleSetVersion: data.toVersion };
      if (state.status === 'in_review' && data.dueAt !== undefined) return { ...state, review, dueAt: data.dueAt };
      return { ...state, review };
    }
    default:
      (type) satisfies never;
      return state;
  }
}

function facts(state: Exclude<Dossier, { status: 'empty' }>) {
  return { dossierId: state.dossierId, orgId: state.orgId, content: state.content };
}

/** Back in review with the new due date; the reminder and escalations already made still count. */
function released(state: OnHoldDossier, dueAt: string): InReviewDossier {
  const { remindedAt, escalations, overdueAt } = state;
  return {
    status: 'in_review',
    ...facts(state),
    review: state.review,
    step: state.step,
    dueAt,
    ...(remindedAt !== undefined ? { remindedAt } : {}),
    ...(escalations !== undefined ? { escalations } : {}),
    ...(overdueAt !== undefined ? { overdueAt } : {}),
  };
}
