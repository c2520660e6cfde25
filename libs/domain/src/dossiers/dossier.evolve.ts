import { DossierEvent } from './dossier.events';
import { approvedThrough, currentRound, Dossier, isClosed } from './dossier.state';
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
    default:
      (type) satisfies never;
      return state;
  }
}

function facts(state: Exclude<Dossier, { status: 'empty' }>) {
  return { dossierId: state.dossierId, orgId: state.orgId, content: state.content };
}
