import { Body, Controller, Delete, ForbiddenException, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Settings } from '@app/config';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { WebhookQueries } from '@app/queue';
import { webhookSecret } from '@app/queue/webhooks/webhook-secret';
import { SETTINGS } from '@app/runtime/tokens';
import { deterministicUuid, runWebhookCommand } from '@app/workflow';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { RegisterWebhookDto } from './webhook.dto';

/** Webhooks an organisation registers to hear about the dossiers that concern it. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly queries: WebhookQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a webhook; the answer carries its signing secret, shown only here' })
  async register(@Body() body: RegisterWebhookDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const commandId = commandIdOf(key, body.commandId);
    const webhookId = deterministicUuid(`webhook\n${who.userId}\n${commandId}`);
    const data = { webhookId, orgId: body.orgId ?? who.orgId, url: body.url, ...(body.eventTypes ? { eventTypes: body.eventTypes } : {}) };
    const result = await runWebhookCommand(this.store, { command: { type: 'RegisterWebhook', data }, actor: actorOf(who), commandId, now: new Date() });
    return { webhookId, orgId: data.orgId, url: data.url, secret: webhookSecret(this.settings.WEBHOOK_SIGNING_KEY, webhookId), repeated: result.repeated };
  }

  @Get()
  @ApiOperation({ summary: "The caller's organisation's webhooks (secrets are never listed)" })
  list(@CurrentPrincipal() who: Principal) {
    return this.queries.ofOrg(who.orgId);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a webhook; nothing more is delivered to it' })
  async remove(@Param('id', new ParseUUIDPipe()) webhookId: string, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const result = await runWebhookCommand(this.store, {
      command: { type: 'DeleteWebhook', data: { webhookId } },
      actor: actorOf(who),
      commandId: commandIdOf(key),
      now: new Date(),
    });
    return { webhookId, deleted: true, repeated: result.repeated };
  }

  @Get('dead-letters')
  @ApiQuery({ name: 'webhookId', required: false })
  @ApiOperation({ summary: "Deliveries that failed every attempt, for the caller's organisation" })
  deadLetters(@CurrentPrincipal() who: Principal, @Query('webhookId') webhookId?: string) {
    return this.queries.deadLetters({ orgId: who.orgId, ...(webhookId ? { webhookId } : {}) });
  }
}

/** Webhooks are managed by an organisation's administrators or its own members. */
function actorOf(who: Principal) {
  const role = who.roles.includes('admin') ? 'admin' : who.roles[0];
  if (!role) throw new ForbiddenException('the token holds no role');
  return { userId: who.userId, orgId: who.orgId, roles: who.roles, role };
}
