import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AsOfQueryDto, asOfLimit } from '../common/as-of-query';
import { DossierReader } from './dossier-reader';

const ID = new ParseUUIDPipe();

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierQueriesController {
  constructor(private readonly reader: DossierReader) {}

  @Get(':id')
  @ApiOperation({ summary: 'One dossier folded from its events: as it stands now, or as it stood at ?asOf= or ?position=' })
  async get(@Param('id', ID) id: string, @Query() query: AsOfQueryDto) {
    const limit = asOfLimit(query);
    if (limit) return this.reader.stateAsOf(id, limit);
    const { state, revision, position } = await this.reader.state(id);
    return { ...state, revision, position };
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the dossier in order: actor, role, organisation, time, comment, rule-set version and a sentence in English and Vietnamese' })
  history(@Param('id', ID) id: string) {
    return this.reader.history(id);
  }
}
