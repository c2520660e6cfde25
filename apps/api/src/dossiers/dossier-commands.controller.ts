import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierKind, DossierPayload } from '@app/domain';
import { deterministicUuid } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { DossierCommandIssuer } from './dossier-command-issuer';
import { CommentDto, CreateDossierDto, EditDossierDto, ReviewDecisionDto, ReviewRefusalDto, WithdrawDto } from './dossier-command.dto';

const ID = new ParseUUIDPipe({ version: undefined });

@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
@Controller('dossiers')
export class DossierCommandsController {
  constructor(private readonly issuer: DossierCommandIssuer) {}

  @Post()
  @ApiOperation({ summary: 'Create a draft dossier (submitter)' })
  create(@Body() body: CreateDossierDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    const commandId = commandIdOf(key, body.commandId);
    const dossierId = deterministicUuid(`dossier\n${who.userId}\n${commandId}`);
    const content = { kind: body.kind as DossierKind, payload: body.payload as unknown as DossierPayload } as never;
    const data = { dossierId, orgId: access.targetOrgId ?? who.orgId, ...(content as object), ...(body.comment ? { comment: body.comment } : {}) };
    return this.issuer.issue(dossierId, { type: 'CreateDossier', data } as never, actingAs(who, 'submitter'), commandId);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit the content of a draft or returned dossier (submitter)' })
  @HttpCode(200)
  edit(@Param('id', ID) id: string, @Body() body: EditDossierDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { dossierId: id, payload: body.payload as unknown as DossierPayload, ...(body.comment ? { comment: body.comment } : {}) };
    return this.issuer.issue(id, { type: 'EditDossier', data }, actingAs(who, 'submitter'), commandIdOf(key, body.commandId));
  }

  @Post(':id/submit')
  @ApiOperation({ summary: 'Submit (or resubmit after a return) up the approval chain (submitter)' })
  @HttpCode(200)
  submit(@Param('id', ID) id: string, @Body() body: CommentDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.issuer.submit(id, actingAs(who, 'submitter'), commandIdOf(key, body.commandId), body.comment);
  }

  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Withdraw before the final decision (submitter)' })
  @HttpCode(200)
  withdraw(@Param('id', ID) id: string, @Body() body: WithdrawDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { dossierId: id, ...(body.reason ? { reason: body.reason } : {}) };
    return this.issuer.issue(id, { type: 'WithdrawDossier', data }, actingAs(who, 'submitter'), commandIdOf(key, body.commandId));
  }

  @Post(':id/approve')
  @ApiOperation({ summary: 'Approve the open review step: forward up the chain (reviewer of that step)' })
  @HttpCode(200)
  approve(@Param('id', ID) id: string, @Body() body: ReviewDecisionDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { dossierId: id, round: body.round, step: body.step, ...(body.comment ? { comment: body.comment } : {}) };
    return this.issuer.issue(id, { type: 'ApproveReview', data }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Post(':id/return')
  @ApiOperation({ summary: 'Return to the submitter for revision, with a reason (reviewer of that step)' })
  @HttpCode(200)
  returnForRevision(@Param('id', ID) id: string, @Body() body: ReviewRefusalDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { dossierId: id, round: body.round, step: body.step, reason: body.reason };
    return this.issuer.issue(id, { type: 'ReturnDossier', data }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }

  @Post(':id/reject')
  @ApiOperation({ summary: 'Reject, with a reason (reviewer of that step)' })
  @HttpCode(200)
  reject(@Param('id', ID) id: string, @Body() body: ReviewRefusalDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const data = { dossierId: id, round: body.round, step: body.step, reason: body.reason };
    return this.issuer.issue(id, { type: 'RejectDossier', data }, actingAs(who, 'reviewer'), commandIdOf(key, body.commandId));
  }
}
