import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, AccessContext } from '../access/access-context';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { RankingReader } from './ranking-reader';
import { RankingQueryDto } from './ranking-query.dto';

@ApiTags('rankings')
@ApiBearerAuth()
@Controller('rankings')
export class RankingsController {
  constructor(private readonly reader: RankingReader) {}

  @Get()
  @ApiOperation({ summary: 'Rank the organisations of a level (below one organisation) on a year, with each score per content and the scoring rule set used' })
  ranking(@Query() query: RankingQueryDto, @Access() access: AccessContext, @CurrentPrincipal() who: Principal) {
    const { level, year, position } = query;
    return this.reader.ranking({ level, year, position, under: access.targetOrgId ?? who.orgId });
  }
}
