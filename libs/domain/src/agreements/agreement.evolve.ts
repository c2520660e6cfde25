import { AgreementEvent } from './agreement.events';
import { Agreement } from './agreement.state';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveAgreement(state: Agreement, event: AgreementEvent): Agreement {
  const { type } = event;
  switch (type) {
    case 'AgreementProposed': {
      if (state.status !== 'none') return state;
      const { by: _by, at: _at, comment: _comment, ...terms } = event.data;
      return { status: 'proposed', terms, signatures: {} };
    }
    case 'AgreementSigned':
      return state.status === 'proposed' ? { ...state, signatures: { ...state.signatures, [event.data.orgId]: event.data.at } } : state;
    case 'AgreementInForce':
      return state.status === 'proposed' ? { ...state, status: 'in_force', inForceAt: event.data.at } : state;
    case 'AgreementCancelled':
      return state.status === 'proposed' ? { ...state, status: 'cancelled', reason: event.data.reason } : state;
    default:
      (type) satisfies never;
      return state;
  }
}
