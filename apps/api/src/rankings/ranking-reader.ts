import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { clusterOfLevel, NoRuleSetInForceError, OrgLevel, rankYear, scoringRuleSetForYear } from '@app/domain';
import { ScoringRules } from '@app/workflow';
import { ApprovedResults } from '../results/approved-results';

export interface RankingRequest {
  level: OrgLevel;
  under: string;
  year: number;
  position?: number;
}

/**
 * Ranks the organisations of one level below another on a year's approved reports, by the scoring
 * rule set in force at the end of that year. The answer names the log position it was computed
 * at; asked again with that `position`, it is recomputed from the events and comes out identical.
 */
@Injectable()
export class RankingReader {
  constructor(
    private readonly results: ApprovedResults,
    private readonly scoring: ScoringRules,
  ) {}

  async ranking(request: RankingRequest) {
    const { level, under, year } = request;
    const at = request.position === undefined ? await this.results.current() : await this.results.replayedTo(request.position);
    if (!at.tree.get(under)) throw new NotFoundException({ message: `organisation ${under} does not exist`, details: { code: 'not_found' } });
    const { ruleSets } = this.scoring;
    try {
      const { version, effectiveFrom, basis, contentWeights } = scoringRuleSetForYear(ruleSets, year);
      const ranking = rankYear({ plans: at.plans, reports: at.reports, year, cluster: clusterOfLevel(at.tree, level, under), ruleSets });
      return { level, under, position: at.position, ruleSet: { version, effectiveFrom, basis, contentWeights }, ...ranking };
    } catch (error) {
      if (error instanceof NoRuleSetInForceError) {
        throw new UnprocessableEntityException({ message: `no scoring rule set is in force at the end of ${year}`, details: { code: 'no_scoring_rule_set' } });
      }
      throw error;
    }
  }
}
