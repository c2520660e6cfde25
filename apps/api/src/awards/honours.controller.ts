import { Body, Controller, Headers, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HonoursCommand, UserActor } from '@app/domain';
import { IssueHonoursCommand } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { awardCommandResponse } from './award-response';
import { AnnualResultDto, PriorAwardDto } from './honours.dto';

/** The record eligibility counts: entered by the council's secretariat (a reviewer) or an administrator, from the decisions it cites. */
@ApiTags('awards')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
@Controller('honours')
export class HonoursController {
  constructor(private readonly bus: CommandBus) {}

  @Post('annual-results')
  @ApiOperation({ summary: "Record a year's rating and titles of a person or collective (a correction needs a comment)" })
  annualResult(@Body() body: AnnualResultDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const { nomineeKey, nomineeKind, year, rating, titles, basisRef, comment } = body;
    const data = { nomineeKey, nomineeKind, orgId: access.targetOrgId ?? who.orgId, year, rating, ...(titles ? { titles } : {}), basisRef, ...(comment ? { comment } : {}) };
    return this.issue({ type: 'RecordAnnualResult', data }, who, commandIdOf(key, body.commandId));
  }

  @Post('prior-awards')
  @ApiOperation({ summary: 'Enter an award decided before or outside this system, so eligibility counts it and the achievement is not rewarded again' })
  priorAward(@Body() body: PriorAwardDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const { nomineeKey, nomineeKind, form, year, achievementKey, decisionRef, comment } = body;
    const data = { nomineeKey, nomineeKind, orgId: access.targetOrgId ?? who.orgId, form, year, achievementKey, decisionRef, ...(comment ? { comment } : {}) };
    return this.issue({ type: 'RecordPriorAward', data }, who, commandIdOf(key, body.commandId));
  }

  private async issue(command: HonoursCommand, who: Principal, commandId: string) {
    const actor: UserActor = actingAs(who, who.roles.includes('reviewer') ? 'reviewer' : 'admin');
    const result = await this.bus.execute(new IssueHonoursCommand({ command, actor, commandId, now: new Date() }));
    return awardCommandResponse({ nomineeKey: command.data.nomineeKey }, result);
  }
}
