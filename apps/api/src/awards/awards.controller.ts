import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AwardCommand, NOMINEE_KEY_PATTERN, UserActor } from '@app/domain';
import { deterministicUuid, IssueAwardCommand } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { AwardReader } from './award-reader';
import { awardCommandResponse } from './award-response';
import { CouncilVoteDto, EligibilityQueryDto, NominateDto, RevokeAwardDto, WithdrawNominationDto } from './award.dto';

/** The role a caller acts in: the first of `roles` it holds where the request points (actingAs refuses when none). */
const firstHeld = (who: Principal, ...roles: UserActor['role'][]): UserActor => actingAs(who, roles.find((role) => who.roles.includes(role)) ?? roles[0]);

@ApiTags('awards')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
@Controller('awards')
export class AwardsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly reader: AwardReader,
  ) {}

  @Post('nominations')
  @ApiOperation({ summary: 'Nominate for an award form: refused (422) with the failed conditions unless a reviewer with authority overrides with a justification' })
  nominate(@Body() body: NominateDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const commandId = commandIdOf(key, body.commandId);
    const nominationId = body.nominationId ?? deterministicUuid(`nomination\n${who.userId}\n${commandId}`);
    const { form, nominee, achievement, dossierId, override, comment } = body;
    const data = {
      nominationId,
      form,
      nominee: { ...nominee, orgId: access.targetOrgId ?? who.orgId },
      achievement,
      ...(dossierId ? { dossierId } : {}),
      ...(override ? { override } : {}),
      ...(comment ? { comment } : {}),
    };
    const actor = override ? actingAs(who, 'reviewer') : firstHeld(who, 'submitter', 'reviewer');
    return this.issue({ type: 'NominateForAward', data }, actor, commandId);
  }

  @Get('nominations/:id')
  @ApiOperation({ summary: 'A nomination with its eligibility, override, votes and revocation, folded from its events' })
  get(@Param('id') id: string) {
    return this.reader.nomination(id);
  }

  @Post('nominations/:id/votes')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the council's vote (reviewer of an organisation with authority for the form)" })
  vote(@Param('id') id: string, @Body() body: CouncilVoteDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const { members, against, abstain, decisionRef, comment } = body;
    const data = { nominationId: id, votes: { members, for: body.for, against, abstain }, ...(decisionRef ? { decisionRef } : {}), ...(comment ? { comment } : {}) };
    return this.issue({ type: 'RecordCouncilVote', data }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Post('nominations/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a granted award with its reason (reviewer with authority, or administrator); the award stays in the history' })
  revoke(@Param('id') id: string, @Body() body: RevokeAwardDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { nominationId: id, reason: body.reason, ...(body.decisionRef ? { decisionRef: body.decisionRef } : {}) };
    return this.issue({ type: 'RevokeAward', data }, firstHeld(who, 'reviewer', 'admin'), commandIdOf(key, body.commandId));
  }

  @Post('nominations/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a nomination before the council decides; frees the achievement' })
  withdraw(@Param('id') id: string, @Body() body: WithdrawNominationDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { nominationId: id, ...(body.reason ? { reason: body.reason } : {}) };
    return this.issue({ type: 'WithdrawNomination', data }, firstHeld(who, 'submitter', 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Get('eligibility')
  @ApiOperation({ summary: 'Whether a nominee may receive a form for a year under the rules in force, with a reason for every condition' })
  eligibility(@Query() query: EligibilityQueryDto) {
    return this.reader.eligibility(query, new Date());
  }

  @Get('ledger/:nomineeKey')
  @ApiOperation({ summary: "A nominee's award ledger: holdings, revocations, open nominations, yearly results" })
  ledger(@Param('nomineeKey') nomineeKey: string, @Access() access: AccessContext) {
    if (!NOMINEE_KEY_PATTERN.test(nomineeKey)) throw new BadRequestException({ message: 'nomineeKey must be a nominee key', details: { parameter: 'nomineeKey' } });
    return this.reader.ledger(nomineeKey, access);
  }

  private async issue(command: AwardCommand, actor: UserActor, commandId: string) {
    const result = await this.bus.execute(new IssueAwardCommand({ command, actor, commandId, now: new Date() }));
    return awardCommandResponse({ nominationId: command.data.nominationId }, result);
  }
}
