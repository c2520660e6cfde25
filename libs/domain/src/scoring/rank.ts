import { Cluster } from './cluster';
import { OrgScore, scoreOrg, ScoringInput } from './score';
import { ScoringRuleSet } from './scoring-rule-set';

/** What separated an entry from the one above it. */
export type RankDecidedBy = 'score' | 'criteria_met' | 'missing' | 'org_id' | 'not_reported';

export interface RankEntry extends OrgScore {
  rank: number;
  reported: boolean;
  /** Absent for the first entry. */
  decidedBy?: RankDecidedBy;
}

export interface Ranking {
  clusterId: string;
  /** The scoring rule set used, so the ranking can be recomputed. */
  weightsVersion: string;
  entries: RankEntry[];
}

/**
 * Ranks the members of a cluster by score, highest first, with a deterministic tie-break:
 *
 *   1. score (higher first);
 *   2. share of criteria met (higher first; compared exactly, as fractions);
 *   3. values not reported (fewer first);
 *   4. organisation id (code-unit order) — arbitrary but stable, so no tie is ever left open.
 *
 * Members without a report come last, by id. Reports of non-members are ignored. The result
 * depends only on the inputs, never on their order, so a ranking rebuilt from the events is
 * identical to the one published.
 */
export function rank(reports: readonly ScoringInput[], weights: ScoringRuleSet, cluster: Cluster): Ranking {
  const members = new Set(cluster.members);
  const byOrg = new Map<string, ScoringInput>();
  for (const report of reports) {
    if (!members.has(report.orgId)) continue;
    if (byOrg.has(report.orgId)) throw new RangeError(`two reports for ${report.orgId} in one ranking`);
    byOrg.set(report.orgId, report);
  }
  const scored = [...byOrg.values()].map((report) => scoreOrg(report, weights)).sort(compareScores);
  const unreported = [...members]
    .filter((orgId) => !byOrg.has(orgId))
    .sort(compareText)
    .map((orgId): OrgScore => ({ orgId, score: 0, byContent: [], criteriaMet: 0, criteriaTotal: 0, missing: 0 }));
  const entries = [
    ...scored.map((score, i) => ({ ...score, rank: i + 1, reported: true, ...decided(scored[i - 1], score) })),
    ...unreported.map((score, i) => ({
      ...score,
      rank: scored.length + i + 1,
      reported: false,
      ...(scored.length + i === 0 ? {} : { decidedBy: (i === 0 ? 'not_reported' : 'org_id') as RankDecidedBy }),
    })),
  ];
  return { clusterId: cluster.clusterId, weightsVersion: weights.version, entries };
}

function compareScores(a: OrgScore, b: OrgScore): number {
  return b.score - a.score || compareMetShare(b, a) || a.missing - b.missing || compareText(a.orgId, b.orgId);
}

/** a.met / a.total against b.met / b.total, without division (an empty plan counts as 0). */
function compareMetShare(a: OrgScore, b: OrgScore): number {
  return a.criteriaMet * Math.max(b.criteriaTotal, 1) - b.criteriaMet * Math.max(a.criteriaTotal, 1);
}

function decided(above: OrgScore | undefined, entry: OrgScore): { decidedBy?: RankDecidedBy } {
  if (!above) return {};
  if (above.score !== entry.score) return { decidedBy: 'score' };
  if (compareMetShare(above, entry) !== 0) return { decidedBy: 'criteria_met' };
  if (above.missing !== entry.missing) return { decidedBy: 'missing' };
  return { decidedBy: 'org_id' };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
