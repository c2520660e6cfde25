import { endOfLocalDay, toDayNumber } from '../calendar';
import { ApprovedPlan } from '../summaries/approved-dossiers';
import { YearReport } from '../summaries/year-report';
import { Cluster } from './cluster';
import { rank, Ranking } from './rank';
import { versionInForce } from './rule-version';
import { ScoringRuleSet } from './scoring-rule-set';
import { scoringInputs } from './scoring-inputs';

/**
 * The scoring rule set a year's results are ranked by: the one in force on the last day of that
 * year (Viet Nam time), when the year's results stand. Tied to the year rather than to the day the
 * ranking is asked for, so a change of weights applies to the years that end after it takes
 * effect, and the ranking of an earlier year comes out the same whenever it is recomputed.
 */
export function scoringRuleSetForYear(sets: readonly ScoringRuleSet[], year: number): ScoringRuleSet {
  return versionInForce(sets, endOfLocalDay(toDayNumber(`${year}-12-31`)));
}

export interface YearRanking extends Ranking {
  year: number;
  /** Members with an approved report for the year but no approved plan: ranked as not reported. */
  withoutPlan: string[];
}

export interface YearRankingInput {
  plans: ReadonlyMap<string, ApprovedPlan>;
  reports: readonly YearReport[];
  year: number;
  cluster: Cluster;
  ruleSets: readonly ScoringRuleSet[];
}

/** Ranks a cluster on one year's approved reports against each member's approved plan. */
export function rankYear(input: YearRankingInput): YearRanking {
  const { inputs, withoutPlan } = scoringInputs(input.plans, input.reports, input.year);
  const members = new Set(input.cluster.members);
  const ranking = rank(inputs, scoringRuleSetForYear(input.ruleSets, input.year), input.cluster);
  return { ...ranking, year: input.year, withoutPlan: withoutPlan.filter((orgId) => members.has(orgId)) };
}
