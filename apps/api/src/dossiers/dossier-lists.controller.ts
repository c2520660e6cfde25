import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierCounts } from '@app/projections/dossiers/dossier-counts.queries';
import { DossierQueries } from '@app/projections/dossiers/dossiers.queries';
import { InvalidReadQuery } from '@app/projections/dossiers/read-query.errors';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { asOfLimit } from '../common/as-of-query';
import { readModelsAt } from '../common/read-your-writes';
import { DossierListDto, InboxQueryDto, PageDto } from './dossier-list.dto';
import { DossierReader } from './dossier-reader';

/** Lists served from the read models, which follow the log within moments. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller()
export class DossierListsController {
  constructor(
    private readonly dossiers: DossierQueries,
    private readonly counts: DossierCounts,
    private readonly runner: ProjectionRunner,
    private readonly reader: DossierReader,
  ) {}

  @Get('dossiers')
  @ApiOperation({ summary: 'Dossiers, filtered by kind, status, organisation and overdue, newest change first; cursor pagination' })
  async list(@Query() query: DossierListDto) {
    await readModelsAt(this.runner, query.afterPosition);
    const { kind, status, org, overdue, cursor, limit } = query;
    return refuseBadQuery(() => this.dossiers.list({ kind, status, orgId: org, ...(overdue ? { overdueAt: new Date() } : {}), cursor, limit }));
  }

  @Get('organisations/:id/inbox')
  @ApiOperation({ summary: 'The reviews waiting on an organisation, soonest due first; with ?asOf= or ?position=, as they stood then (folded from the log)' })
  async inbox(@Param('id') orgId: string, @Query() query: InboxQueryDto) {
    const limit = asOfLimit(query);
    if (limit) return refuseBadQuery(() => this.reader.inboxAsOf(orgId, limit, { cursor: query.cursor, limit: query.limit }));
    await readModelsAt(this.runner, query.afterPosition);
    return refuseBadQuery(() => this.dossiers.inbox(orgId, { cursor: query.cursor, limit: query.limit }));
  }

  @Get('statistics/dossiers')
  @ApiOperation({ summary: 'Counts of dossiers by status per owning organisation, and open and overdue reviews per reviewer' })
  async statistics(@Query() query: PageDto) {
    await readModelsAt(this.runner, query.afterPosition);
    const [byOwner, reviewLoad] = await Promise.all([this.counts.byOwner(), this.counts.reviewLoad(new Date())]);
    return { byOwner, reviewLoad };
  }
}

async function refuseBadQuery<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (error instanceof InvalidReadQuery) throw new BadRequestException(error.message);
    throw error;
  }
}
