import { LocalDate } from '../calendar';
import { Comparator, CriterionUnit, NationalContent } from '../dossiers/payloads/implementation-plan.payload';

/**
 * A measurable target of an agreement, like a plan's criterion. Shared by all signatories
 * together when `signatoryOrgId` is absent (their values combine as a summary's do), or one
 * signatory's own when present.
 */
export interface AgreementTarget {
  targetId: string;
  metric: string;
  unit: CriterionUnit;
  comparator: Comparator;
  target: number;
  dueDate: LocalDate;
  nationalContent?: NationalContent;
  signatoryOrgId?: string;
}

/** What the signatories agree to: who, for which period, toward which targets. */
export interface AgreementTerms {
  agreementId: string;
  title: string;
  /** The organisation that drew it up; one of the signatories. */
  proposerOrgId: string;
  signatories: string[];
  period: { from: LocalDate; to: LocalDate };
  targets: AgreementTarget[];
}

/** The shared targets and the organisation's own. */
export function targetsFor(terms: AgreementTerms, orgId: string): AgreementTarget[] {
  return terms.targets.filter((t) => t.signatoryOrgId === undefined || t.signatoryOrgId === orgId);
}
