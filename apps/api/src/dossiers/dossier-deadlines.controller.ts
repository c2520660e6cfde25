import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { planHold, planMigration, planRelease } from '@app/workflow';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { DossierCommandIssuer } from './dossier-command-issuer';
import { CommentDto } from './dossier-command.dto';
import { HoldDto, MigrateRuleSetDto } from './dossier-hold.dto';

const ID = new ParseUUIDPipe();

/** Stopping and restarting a step's clock, and moving a running dossier to another rule set. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierDeadlinesController {
  constructor(private readonly issuer: DossierCommandIssuer) {}

  @Post(':id/hold')
  @HttpCode(200)
  @ApiOperation({ summary: "Put the open step on hold: its clock stops (the step's reviewer, or an administrator)" })
  hold(@Param('id', ID) id: string, @Body() body: HoldDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const request = { type: 'PutDossierOnHold', data: { dossierId: id, reason: body.reason, ...(body.note ? { note: body.note } : {}) } };
    return this.issuer.planned(id, request, reviewerOrAdmin(who), commandIdOf(key, body.commandId), (state, now, rules) =>
      planHold(state, rules, now, body.reason, body.note),
    );
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a hold: the due date moves by the time held, in working days' })
  release(@Param('id', ID) id: string, @Body() body: CommentDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const request = { type: 'ReleaseDossier', data: { dossierId: id, ...(body.comment ? { comment: body.comment } : {}) } };
    return this.issuer.planned(id, request, reviewerOrAdmin(who), commandIdOf(key, body.commandId), (state, now, rules) =>
      planRelease(state, rules, now, body.comment),
    );
  }

  @Post(':id/migrate-rule-set')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a running dossier to another rule-set version (administrator)' })
  migrate(@Param('id', ID) id: string, @Body() body: MigrateRuleSetDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const request = { type: 'MigrateRuleSet', data: { dossierId: id, toVersion: body.toVersion } };
    return this.issuer.planned(id, request, actingAs(who, 'admin'), commandIdOf(key, body.commandId), (state, now, rules) =>
      planMigration(state, rules, now, body.toVersion, body.comment),
    );
  }
}

function reviewerOrAdmin(who: Principal) {
  return actingAs(who, who.roles.includes('reviewer') ? 'reviewer' : 'admin');
}
