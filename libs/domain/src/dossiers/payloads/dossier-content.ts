import { InvalidPayload } from '../../errors/domain.errors';
import { DOSSIER_KINDS, DossierKind } from '../../rules/rule-set';
import { AwardNominationPayload, validateAwardNomination } from './award-nomination.payload';
import { ImplementationPlanPayload, validateImplementationPlan } from './implementation-plan.payload';
import {
  FinalSummaryPayload,
  PreliminarySummaryPayload,
  validateFinalSummary,
  validatePreliminarySummary,
} from './summary.payload';
import { validateYearlyReport, YearlyReportPayload } from './yearly-report.payload';

/** A dossier's kind with the payload of that kind: they travel together, so they cannot disagree. */
export type DossierContent =
  | { kind: 'implementation_plan'; payload: ImplementationPlanPayload }
  | { kind: 'yearly_report'; payload: YearlyReportPayload }
  | { kind: 'preliminary_summary'; payload: PreliminarySummaryPayload }
  | { kind: 'final_summary'; payload: FinalSummaryPayload }
  | { kind: 'award_nomination'; payload: AwardNominationPayload };

export type PayloadOf<K extends DossierKind> = Extract<DossierContent, { kind: K }>['payload'];
export type DossierPayload = DossierContent['payload'];

const VALIDATORS: { [K in DossierKind]: (input: unknown) => PayloadOf<K> } = {
  implementation_plan: validateImplementationPlan,
  yearly_report: validateYearlyReport,
  preliminary_summary: validatePreliminarySummary,
  final_summary: validateFinalSummary,
  award_nomination: validateAwardNomination,
};

export function isDossierKind(value: unknown): value is DossierKind {
  return typeof value === 'string' && (DOSSIER_KINDS as readonly string[]).includes(value);
}

/** Validates untrusted input for a kind; returns a clean copy or throws `InvalidPayload`. */
export function validateDossierContent(kind: unknown, payload: unknown): DossierContent {
  if (!isDossierKind(kind)) throw new InvalidPayload([{ path: 'kind', message: `must be one of ${DOSSIER_KINDS.join(', ')}` }]);
  return { kind, payload: VALIDATORS[kind](payload) } as DossierContent;
}
