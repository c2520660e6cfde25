import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { SummaryDossierDrafter } from './summary-dossier-drafter';
import { SummaryReader } from './summary-reader';
import { SummaryDossierDto, SummaryQueryDto } from './summary.dto';

@ApiTags('summaries')
@ApiBearerAuth()
@Controller('organisations')
export class SummariesController {
  constructor(
    private readonly reader: SummaryReader,
    private readonly drafter: SummaryDossierDrafter,
  ) {}

  @Get(':id/summary')
  @ApiOperation({ summary: "The 2027 or 2030 summary of an organisation: per content and criterion of its plan, target, actual of its own and its subtree's approved reports, attainment" })
  summary(@Param('id') orgId: string, @Query() query: SummaryQueryDto) {
    return this.reader.summary(orgId, query.kind, query.position);
  }

  @Post(':id/summary-dossier')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
  @ApiOperation({ summary: 'Draw up the preliminary or final summary dossier from the computed summary, as a draft to submit up the chain (submitter)' })
  draftSummaryDossier(@Param('id') orgId: string, @Body() body: SummaryDossierDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.drafter.draft(orgId, body, actingAs(who, 'submitter'), commandIdOf(key, body.commandId));
  }
}
