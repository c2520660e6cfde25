import { AwardEvent } from './award.events';
import { AwardCase } from './award.state';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveAward(state: AwardCase, event: AwardEvent): AwardCase {
  const { type } = event;
  switch (type) {
    case 'AwardNominated': {
      if (state.status !== 'none') return state;
      const { by, at: _at, comment: _comment, ...facts } = event.data;
      const nominatedBy = { userId: by.userId, ...(by.orgId !== undefined ? { orgId: by.orgId } : {}) };
      return { status: 'nominated', ...facts, nominatedBy, votes: [] };
    }
    case 'EligibilityOverridden':
      return state.status === 'nominated'
        ? { ...state, override: { justification: event.data.justification, by: event.data.by.userId, at: event.data.at } }
        : state;
    case 'CouncilVoteRecorded': {
      if (state.status !== 'nominated') return state;
      const { councilOrgId, votes, outcome, at, decisionRef } = event.data;
      const vote = { councilOrgId, votes, outcome, at, ...(decisionRef !== undefined ? { decisionRef } : {}) };
      const next = { ...state, votes: [...state.votes, vote] };
      if (outcome === 'granted') return { ...next, status: 'granted', grantedAt: at };
      if (outcome === 'refused') return { ...next, status: 'refused' };
      return next;
    }
    case 'AwardRevoked': {
      if (state.status !== 'granted') return state;
      const { reason, at, decisionRef } = event.data;
      return { ...state, status: 'revoked', revocation: { reason, at, ...(decisionRef !== undefined ? { decisionRef } : {}) } };
    }
    case 'NominationWithdrawn':
      return state.status === 'nominated' ? { ...state, status: 'withdrawn' } : state;
    default:
      (type) satisfies never;
      return state;
  }
}
