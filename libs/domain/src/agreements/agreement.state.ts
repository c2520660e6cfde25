import { LocalDate } from '../calendar';
import { AgreementTerms } from './agreement.terms';

interface AgreementFacts {
  terms: AgreementTerms;
  /** When each signatory signed, by organisation. */
  signatures: Record<string, string>;
}

export type NoAgreement = { status: 'none' };
export type ProposedAgreement = { status: 'proposed' } & AgreementFacts;
export type AgreementInForceState = { status: 'in_force'; inForceAt: string } & AgreementFacts;
export type CancelledAgreement = { status: 'cancelled'; reason: string } & AgreementFacts;

export type Agreement = NoAgreement | ProposedAgreement | AgreementInForceState | CancelledAgreement;

export const initialAgreementState = (): Agreement => ({ status: 'none' });

export const agreementStream = (agreementId: string): string => `agreement-${agreementId}`;

/** Signatories that have not signed yet. */
export function awaitingSignature(state: Agreement): string[] {
  return state.status === 'none' ? [] : state.terms.signatories.filter((orgId) => state.signatures[orgId] === undefined);
}

/** In force and within its period on a Viet Nam date. */
export function isInForceOn(state: Agreement, date: LocalDate): boolean {
  return state.status === 'in_force' && state.terms.period.from <= date && date <= state.terms.period.to;
}
