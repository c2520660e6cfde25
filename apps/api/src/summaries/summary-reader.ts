import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { NATIONAL_PHASES, summarise, SummaryKind, summaryYears } from '@app/domain';
import { ApprovedResults } from '../results/approved-results';

/**
 * The preliminary (2027) or final (2030) summary of an organisation, against the criteria of its
 * latest approved plan, from its own and its subtree's approved yearly reports. The years it
 * covers come from the national movement's phases, which every plan below implements.
 */
@Injectable()
export class SummaryReader {
  constructor(private readonly results: ApprovedResults) {}

  async summary(orgId: string, kind: SummaryKind, position?: number) {
    const at = position === undefined ? await this.results.current() : await this.results.replayedTo(position);
    if (!at.tree.get(orgId)) throw new NotFoundException({ message: `organisation ${orgId} does not exist`, details: { code: 'not_found' } });
    const plan = at.plans.get(orgId);
    if (!plan) {
      throw new UnprocessableEntityException({
        message: `${orgId} has no approved implementation plan: a summary is drawn up against its plan's criteria`,
        details: { code: 'no_approved_plan' },
      });
    }
    const years = summaryYears({ phases: NATIONAL_PHASES }, kind);
    const summary = summarise({ orgId, plan: plan.payload, tree: at.tree, reports: at.reports, years });
    return { kind, year: years.to, position: at.position, plan: { dossierId: plan.dossierId, title: plan.payload.title, approvedAt: plan.approvedAt }, summary };
  }
}
