import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierReader } from './dossier-reader';
import { historyEntry } from './history-entry';

const ID = new ParseUUIDPipe();

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierQueriesController {
  constructor(private readonly reader: DossierReader) {}

  @Get(':id')
  @ApiOperation({ summary: 'One dossier as it stands now, folded from its events' })
  async get(@Param('id', ID) id: string) {
    const { state, revision, position } = await this.reader.state(id);
    return { ...state, revision, position };
  }

  @Get(':id/history')
  @ApiOperation({ summary: "Every event of the dossier in order, with actor, role, organisation, time and comment" })
  async history(@Param('id', ID) id: string) {
    return (await this.reader.events(id)).map(historyEntry);
  }
}
