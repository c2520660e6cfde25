import { Criterion, ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { ReportedValue } from '../dossiers/payloads/reported-value';
import { OrgTree } from '../organisations/org-tree';
import { attainment, isMet, mean6 } from './attainment';
import { ContentSummary, Contribution, CriterionSummary, NationalContentSummary, OrgSummary, UnmappedValue } from './summary';
import { COMBINATION, combineValues } from './value-combination';
import { YearReport } from './year-report';

/**
 * Which criterion of the summarising plan a lower organisation's criterion answers, by
 * organisation: `{ 'moc-it': { k7: 'k1' } }`. Without an entry a criterion answers the one with
 * the same id (plans cascading their parent's criteria keep the ids).
 */
export type CriterionLinks = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface SummaryInput {
  orgId: string;
  /** The summarising organisation's plan: its contents and criteria shape the summary. */
  plan: Pick<ImplementationPlanPayload, 'contents' | 'criteria'>;
  tree: OrgTree;
  /** Reports of the organisation and of organisations below it (others are ignored). */
  reports: readonly YearReport[];
  /** Usually `summaryYears(movement, 'preliminary_summary')`: 2025–2027; final: 2025–2030. */
  years: { from: number; to: number };
  links?: CriterionLinks;
}

/**
 * The summary of an organisation: per criterion of its plan, its target, the combined actual of
 * the organisation itself and of every organisation below it (however deep), and the attainment;
 * per content, per national content and overall, the mean attainment.
 *
 *   - Each organisation counts once, with its latest value for the criterion within the years
 *     (values are positions at year end: a 2027 value already includes 2025 and 2026 for counts
 *     reported cumulatively, and is the current coverage for shares).
 *   - Values combine by unit (`COMBINATION`): counts add up, shares are averaged.
 *   - Combining reports rather than the children's summaries keeps the figures exact at every
 *     level: a ministry's count is the sum of all its units' reports, and a share is the mean over
 *     organisations, not a mean of means that would weigh small departments like large ones.
 *
 * Deterministic: contributions are ordered by organisation before combining.
 */
export function summarise(input: SummaryInput): OrgSummary {
  const { orgId, plan, tree, years } = input;
  const covered = [orgId, ...descendantsOf(tree, orgId)];
  const inScope = new Set(covered);
  const reports = input.reports.filter((r) => inScope.has(r.orgId) && r.year >= years.from && r.year <= years.to);
  const criteriaIds = new Set(plan.criteria.map((c) => c.id));
  const latest = new Map<string, Map<string, { year: number; value: ReportedValue; report: YearReport }>>();
  const unmapped: UnmappedValue[] = [];
  for (const report of reports) {
    for (const value of report.values) {
      const criterionId = input.links?.[report.orgId]?.[value.criterionId] ?? value.criterionId;
      if (!criteriaIds.has(criterionId)) {
        unmapped.push({ orgId: report.orgId, year: report.year, criterionId: value.criterionId });
        continue;
      }
      const byOrg = latest.get(criterionId) ?? new Map();
      const current = byOrg.get(report.orgId);
      if (!current || report.year > current.year) byOrg.set(report.orgId, { year: report.year, value, report });
      latest.set(criterionId, byOrg);
    }
  }
  const expected = new Set(covered.filter((id) => tree.isActive(id)));
  for (const byOrg of latest.values()) for (const id of byOrg.keys()) expected.add(id);

  const criteria = plan.criteria.map((criterion) => summariseCriterion(criterion, latest.get(criterion.id) ?? new Map(), expected.size));
  const contents = plan.contents.map((content): ContentSummary => {
    const own = criteria.filter((c) => c.contentId === content.id);
    return { contentId: content.id, title: content.title, nationalContent: content.nationalContent, ...tally(own) };
  });
  const nationalContents = [...new Set(plan.contents.map((c) => c.nationalContent))]
    .sort((a, b) => a - b)
    .map((nationalContent): NationalContentSummary => {
      const contentIds = new Set(plan.contents.filter((c) => c.nationalContent === nationalContent).map((c) => c.id));
      return { nationalContent, ...tally(criteria.filter((c) => contentIds.has(c.contentId))) };
    });
  return {
    orgId,
    years: { ...years },
    organisations: [orgId, ...covered.slice(1).sort(compareText)],
    criteria,
    contents,
    nationalContents,
    attainment: mean6(contents.map((c) => c.attainment)),
    unmapped: unmapped.sort((a, b) => compareText(a.orgId, b.orgId) || a.year - b.year || compareText(a.criterionId, b.criterionId)),
  };
}

function summariseCriterion(
  criterion: Criterion,
  byOrg: ReadonlyMap<string, { year: number; value: ReportedValue; report: YearReport }>,
  expected: number,
): CriterionSummary {
  const entries = [...byOrg.entries()].sort(([a], [b]) => compareText(a, b));
  const contributions: Contribution[] = entries.map(([orgId, { year, value }]) => ({ orgId, year, actual: value.actual }));
  const actual = combineValues(criterion.unit, contributions.map((c) => c.actual));
  // Evidence of the value itself, and evidence backing the whole report the value comes from.
  const evidence = entries.flatMap(([orgId, { year, value, report }]) =>
    (report.evidence ?? [])
      .filter((e) => e.criterionId === undefined || e.criterionId === value.criterionId)
      .map((e) => ({ ...e, orgId, year })),
  );
  return {
    criterionId: criterion.id,
    contentId: criterion.contentId,
    metric: criterion.metric,
    unit: criterion.unit,
    comparator: criterion.comparator,
    target: criterion.target,
    combination: COMBINATION[criterion.unit],
    actual,
    attainment: actual === null ? 0 : attainment(criterion.comparator, criterion.target, actual),
    met: actual !== null && isMet(criterion.comparator, criterion.target, actual),
    expected,
    reported: contributions.length,
    contributions,
    evidence,
  };
}

function tally(criteria: readonly CriterionSummary[]): { attainment: number; criteria: number; met: number } {
  return { attainment: mean6(criteria.map((c) => c.attainment)), criteria: criteria.length, met: criteria.filter((c) => c.met).length };
}

/** Every organisation below `orgId`, retired ones included (they may have reported before retiring). */
function descendantsOf(tree: OrgTree, orgId: string): string[] {
  const found: string[] = [];
  const queue = [orgId];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const child of tree.children(current, { includeRetired: true })) {
      if (seen.has(child.orgId)) continue;
      seen.add(child.orgId);
      found.push(child.orgId);
      queue.push(child.orgId);
    }
  }
  return found;
}

/** The combined values of a summary, as the `values` of a preliminary or final summary dossier. */
export function summaryValues(summary: OrgSummary): ReportedValue[] {
  return summary.criteria.flatMap((c) => (c.actual === null ? [] : [{ criterionId: c.criterionId, actual: c.actual }]));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
