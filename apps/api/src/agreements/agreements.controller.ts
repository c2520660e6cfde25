import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Param, PipeTransform, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Agreement, AgreementCommand, awaitingSignature, UserActor } from '@app/domain';
import { AgreementQueries } from '@app/projections';
import { IssueAgreementCommand } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { AGREEMENT_ID, AgreementListQueryDto, CancelAgreementDto, ProposeAgreementDto, SignAgreementDto } from './agreement.dto';
import { AgreementReader } from './agreement-reader';
import { agreementView } from './agreement-view';

/** Agreement ids in paths: what the domain accepts, or 400. */
const AGREEMENT: PipeTransform<string, string> = {
  transform(value: string) {
    if (!AGREEMENT_ID.test(value)) throw new BadRequestException('agreement id must be 1 to 64 letters, digits, ".", "-" or "_"');
    return value;
  },
};

@ApiTags('agreements')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
@Controller('agreements')
export class AgreementsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly reader: AgreementReader,
    private readonly agreements: AgreementQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Propose a joint emulation agreement with its period and targets (submitter of the proposing organisation)' })
  propose(@Body() body: ProposeAgreementDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const { agreementId, title, signatories, period, targets, comment } = body;
    const proposerOrgId = access.targetOrgId ?? who.orgId;
    const data = { agreementId, title, proposerOrgId, signatories, period: { from: period.from, to: period.to }, targets: targets.map((t) => ({ ...t })), ...(comment ? { comment } : {}) };
    return this.issue({ type: 'ProposeAgreement', data }, actingAs(who, 'submitter'), commandIdOf(key, body.commandId));
  }

  @Post(':id/sign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign for one signatory (its reviewer); the last signature puts the agreement in force' })
  sign(@Param('id', AGREEMENT) id: string, @Body() body: SignAgreementDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const data = { agreementId: id, orgId: access.targetOrgId ?? who.orgId, ...(body.comment ? { comment: body.comment } : {}) };
    return this.issue({ type: 'SignAgreement', data }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call off an agreement not yet in force, with a reason (reviewer of a signatory)' })
  cancel(@Param('id', AGREEMENT) id: string, @Body() body: CancelAgreementDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.issue({ type: 'CancelAgreement', data: { agreementId: id, reason: body.reason } }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One agreement: signatures, who has yet to sign, and progress toward each target from approved yearly reports' })
  get(@Param('id', AGREEMENT) id: string) {
    return this.reader.get(id);
  }

  @Get()
  @ApiOperation({ summary: 'Agreements, latest first; with ?org=, those the organisation is a signatory of' })
  async list(@Query() query: AgreementListQueryDto) {
    return (await this.agreements.list({ orgId: query.org, status: query.status })).map(agreementView);
  }

  private async issue(command: AgreementCommand, actor: UserActor, commandId: string) {
    const result = await this.bus.execute(new IssueAgreementCommand({ command, actor, commandId, now: new Date() }));
    const state: Agreement = result.state;
    const last = result.events[result.events.length - 1];
    return {
      agreementId: command.data.agreementId,
      status: state.status,
      awaitingSignature: awaitingSignature(state),
      revision: result.revision,
      position: last?.position ?? null,
      repeated: result.repeated,
      events: result.events.map((event) => ({ id: event.id, type: event.type, revision: event.revision, position: event.position })),
    };
  }
}
