import { Criterion, ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { movementOrgs } from '../movement/testing/movement-orgs.fixture';
import { ApprovedPlan } from '../summaries/approved-dossiers';
import { YearReport } from '../summaries/year-report';
import { clusterOfLevel } from './cluster';
import { DEFAULT_SCORING_RULE_SETS, ScoringRuleSet, validateScoringRuleSets } from './scoring-rule-set';
import { rankYear, scoringRuleSetForYear } from './year-ranking';

/** Two contents: records digitised (national content 2) and procedures online (national content 3). */
const payload: ImplementationPlanPayload = {
  title: 'Unit plan',
  implementsRef: '4030/KH-BVHTTDL',
  contents: [
    { id: 'c2', title: 'Digital data of heritage', nationalContent: 2 },
    { id: 'c3', title: 'Digital transformation of the unit', nationalContent: 3 },
  ],
  criteria: [
    { id: 'k1', contentId: 'c2', metric: 'Records digitised', unit: 'count', comparator: 'gte', target: 1_000 },
    { id: 'k2', contentId: 'c3', metric: 'Procedures handled online', unit: 'percent', comparator: 'gte', target: 100 },
  ].map((criterion) => ({ ...criterion, dueDate: '2026-12-31' }) as Criterion),
};
const plan = (orgId: string): ApprovedPlan => ({ dossierId: `plan-${orgId}`, orgId, approvedAt: '2025-09-20T02:00:00.000Z', payload });
const PLANS = new Map(['moc-heritage', 'moc-it'].map((orgId) => [orgId, plan(orgId)]));
const values = (k1: number, k2: number) => [{ criterionId: 'k1', actual: k1 }, { criterionId: 'k2', actual: k2 }];
/** Heritage is strong on records, the IT centre on procedures online. */
const REPORTS: YearReport[] = [2025, 2026].flatMap((year) => [
  { orgId: 'moc-heritage', year, values: values(1_000, 60) },
  { orgId: 'moc-it', year, values: values(700, 100) },
  { orgId: 'moc-personnel', year, values: values(10, 10) },
]);

/** The equal weights, then from 1 July 2026 a decision weighing procedures online (content 3) four times. */
const MID_2026: ScoringRuleSet[] = validateScoringRuleSets([
  DEFAULT_SCORING_RULE_SETS[0],
  { version: 'scoring-2026.07', effectiveFrom: '2026-07-01', basis: 'council decision of June 2026', contentWeights: { 1: 1, 2: 1, 3: 4, 4: 1, 5: 1, 6: 1, 7: 1 } },
]);
const cluster = clusterOfLevel(movementOrgs(), 'unit', 'moc');
const ranked = (year: number, ruleSets: readonly ScoringRuleSet[] = MID_2026) => rankYear({ plans: PLANS, reports: REPORTS, year, cluster, ruleSets });
const order = (year: number, ruleSets: readonly ScoringRuleSet[] = MID_2026) => ranked(year, ruleSets).entries.map((e) => [e.orgId, e.score]);

describe('the ranking of a year', () => {
  it('uses the rule set in force at the end of the year, whenever it is computed', () => {
    expect(scoringRuleSetForYear(DEFAULT_SCORING_RULE_SETS, 2026).version).toBe('scoring-2025.01');
    expect(scoringRuleSetForYear(DEFAULT_SCORING_RULE_SETS, 2027).version).toBe('scoring-2027.01');
    expect(ranked(2025).weightsVersion).toBe('scoring-2025.01');
    expect(ranked(2026).weightsVersion).toBe('scoring-2026.07');
  });

  it('applies a change of weights effective mid-2026 to 2026 and later, never to 2025', () => {
    const unreported = [['moc-heritage-records', 0], ['moc-personnel', 0]];
    expect(order(2025)).toEqual([['moc-it', 85], ['moc-heritage', 80], ...unreported]);
    expect(order(2026)).toEqual([['moc-it', 94], ['moc-heritage', 68], ...unreported]);
    expect(order(2025)).toEqual(order(2025, DEFAULT_SCORING_RULE_SETS));
  });

  it('names members that reported without an approved plan, and ranks them as not reported', () => {
    const ranking = ranked(2026);
    expect(ranking.withoutPlan).toEqual(['moc-personnel']);
    expect(ranking.entries.find((e) => e.orgId === 'moc-personnel')).toMatchObject({ reported: false, score: 0 });
  });
});
