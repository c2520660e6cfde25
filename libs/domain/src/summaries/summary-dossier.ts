import { SummaryAggregate } from '../dossiers/payloads/summary-aggregate';
import { SummaryPayload } from '../dossiers/payloads/summary.payload';
import { summaryValues } from './summarise';
import { OrgSummary } from './summary';

/** The figures of a summary as a summary dossier carries them (evidence stays with the reports). */
export function summaryAggregate(summary: OrgSummary): SummaryAggregate {
  return {
    years: { ...summary.years },
    organisations: [...summary.organisations],
    attainment: summary.attainment,
    contents: summary.contents.map(({ contentId, nationalContent, attainment, criteria, met }) => ({ contentId, nationalContent, attainment, criteria, met })),
    criteria: summary.criteria.map((c) => ({
      criterionId: c.criterionId,
      contentId: c.contentId,
      unit: c.unit,
      comparator: c.comparator,
      target: c.target,
      actual: c.actual,
      attainment: c.attainment,
      met: c.met,
      reported: c.reported,
      expected: c.expected,
      contributions: c.contributions.map((contribution) => ({ ...contribution })),
    })),
  };
}

/**
 * The payload of the preliminary (2027) or final (2030) summary dossier drawn up from a computed
 * summary: its combined values and the figures behind them, with the submitter's narrative.
 */
export function summaryDossierPayload(summary: OrgSummary, text: { planRef: string; narrative: string }): SummaryPayload<number> {
  return { year: summary.years.to, planRef: text.planRef, narrative: text.narrative, values: summaryValues(summary), aggregate: summaryAggregate(summary) };
}
