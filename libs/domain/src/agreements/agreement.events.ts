import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { AgreementTerms } from './agreement.terms';

export type AgreementProposed = Event<'AgreementProposed', AgreementTerms & Stamp>;
export type AgreementSigned = Event<'AgreementSigned', { agreementId: string; orgId: string } & Stamp>;
/** Recorded with the last signature: every signatory has signed. */
export type AgreementInForce = Event<'AgreementInForce', { agreementId: string; signatories: string[] } & Stamp>;
export type AgreementCancelled = Event<'AgreementCancelled', { agreementId: string; orgId: string; reason: string } & Stamp>;

export type AgreementEvent = AgreementProposed | AgreementSigned | AgreementInForce | AgreementCancelled;

export const AGREEMENT_EVENT_TYPES: readonly AgreementEvent['type'][] = [
  'AgreementProposed',
  'AgreementSigned',
  'AgreementInForce',
  'AgreementCancelled',
];
