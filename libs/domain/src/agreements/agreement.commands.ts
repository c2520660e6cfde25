import { Command } from '../decider/decider';
import { AgreementTerms } from './agreement.terms';

/** Drawn up by a user of the proposing organisation; nobody has signed yet. */
export type ProposeAgreement = Command<'ProposeAgreement', AgreementTerms & { comment?: string }>;

/** Signed for `orgId` by a reviewer of that organisation (the one who speaks for it). */
export type SignAgreement = Command<'SignAgreement', { agreementId: string; orgId: string; comment?: string }>;

/** Before it is in force, any signatory may call it off: it needs all of them. */
export type CancelAgreement = Command<'CancelAgreement', { agreementId: string; reason: string }>;

export type AgreementCommand = ProposeAgreement | SignAgreement | CancelAgreement;
