import { AgreementTerms } from '@app/domain';
import { AgreementRow } from '@app/projections';

/** How an agreement reads over HTTP, the same whether it comes from its stream or from the list. */
export function agreementView(row: AgreementRow) {
  return {
    agreementId: row.agreementId,
    title: row.title,
    proposerOrgId: row.proposerOrgId,
    signatories: row.signatories,
    period: { from: row.periodFrom, to: row.periodTo },
    targets: row.targets,
    status: row.status,
    signatures: row.signatures,
    awaitingSignature: row.status === 'proposed' ? row.signatories.filter((orgId) => row.signatures[orgId] === undefined) : [],
    proposedAt: row.proposedAt,
    inForceAt: row.inForceAt,
    cancellation: row.cancelledBy === null ? null : { orgId: row.cancelledBy, reason: row.cancelReason },
    updatedAt: row.updatedAt,
    revision: row.revision,
    position: row.lastPosition,
  };
}

export function termsOf(row: AgreementRow): AgreementTerms {
  const { agreementId, title, proposerOrgId, signatories, targets } = row;
  return { agreementId, title, proposerOrgId, signatories, period: { from: row.periodFrom, to: row.periodTo }, targets };
}
