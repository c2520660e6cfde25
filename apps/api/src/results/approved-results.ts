import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { ApprovedDossierContent, ApprovedPlan, approvedDossiers, DossierEvent, latestPlans, latestReports, OrgTree, YearReport } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ResultDossierQueries } from '@app/projections';
import { OrgTreeReader } from '@app/workflow';

/** The approved plans and yearly reports, and the hierarchy, as they stood at one position of the log. */
export interface ResultsAt {
  position: number;
  tree: OrgTree;
  plans: ReadonlyMap<string, ApprovedPlan>;
  reports: YearReport[];
}

const RESULT_EVENT_TYPES = new Set(['DossierCreated', 'DossierEdited', 'DossierApproved']);
const PAGE = 5_000;

/**
 * What summaries, rankings and agreement progress are computed from. `current()` reads the read
 * model and tells the log position it reflects; `replayedTo(position)` folds the log itself up to
 * a position, through the same domain functions, so any published figure can be recomputed from
 * the events alone and compared.
 */
@Injectable()
export class ApprovedResults {
  constructor(
    private readonly queries: ResultDossierQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly orgTree: OrgTreeReader,
  ) {}

  async current(): Promise<ResultsAt> {
    const { position, approved } = await this.queries.approved();
    return this.at(position, approved);
  }

  async replayedTo(position: number): Promise<ResultsAt> {
    const head = await this.store.headPosition();
    if (position > head) {
      throw new UnprocessableEntityException({ message: `position ${position} is beyond the end of the log (${head})`, details: { code: 'position_ahead', head } });
    }
    const events: DossierEvent[] = [];
    for (let from = 0; ; ) {
      const page = await this.store.readAll({ fromPosition: from, limit: PAGE });
      const within = page.filter((event) => event.position <= position);
      for (const event of within) if (RESULT_EVENT_TYPES.has(event.type)) events.push({ type: event.type, data: event.data } as DossierEvent);
      if (page.length < PAGE || within.length < page.length) break;
      from = page[page.length - 1].position + 1;
    }
    return this.at(position, approvedDossiers(events));
  }

  private async at(position: number, approved: readonly ApprovedDossierContent[]): Promise<ResultsAt> {
    return { position, tree: await this.orgTree.asOf({ position }), plans: latestPlans(approved), reports: latestReports(approved) };
  }
}
