import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Settings } from '@app/config';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { WebhookQueries } from '@app/queue';
import { webhookSecret } from '@app/queue/webhooks/webhook-secret';
import { SETTINGS } from '@app/runtime/tokens';
import { deterministicUuid, runWebhookCommand } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { assertWebhookDestination } from './webhook-destination';
import { RegisterWebhookDto } from './webhook.dto';

/** Webhooks an organisation's administrators register to hear about the dossiers that concern it. */
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
  async register(@Body() body: RegisterWebhookDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    assertWebhookDestination(body.url, this.settings);
    const commandId = commandIdOf(key, body.commandId);
    const webhookId = deterministicUuid(`webhook\n${who.userId}\n${commandId}`);
    const orgId = access.targetOrgId ?? who.orgId;
    const data = { webhookId, orgId, url: body.url, ...(body.eventTypes ? { eventTypes: body.eventTypes } : {}) };
    const result = await runWebhookCommand(this.store, { command: { type: 'RegisterWebhook', data }, actor: actingAs(who, 'admin'), commandId, now: new Date() });
    return { webhookId, orgId: data.orgId, url: data.url, secret: webhookSecret(this.settings.WEBHOOK_SIGNING_KEY, webhookId), repeated: result.repeated };
  }

  @Get()
  @ApiQuery({ name: 'org', required: false, description: "An organisation the administrator reaches; the caller's own by default" })
  @ApiOperation({ summary: "An organisation's webhooks (administrator; secrets are never listed)" })
  list(@Access() access: AccessContext) {
    return this.queries.ofOrg(access.targetOrgId!);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a webhook; nothing more is delivered to it' })
  async remove(@Param('id', new ParseUUIDPipe()) webhookId: string, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const result = await runWebhookCommand(this.store, {
      command: { type: 'DeleteWebhook', data: { webhookId } },
      actor: actingAs(who, 'admin'),
      commandId: commandIdOf(key),
      now: new Date(),
    });
    return { webhookId, deleted: true, repeated: result.repeated };
  }

  @Get('dead-letters')
  @ApiQuery({ name: 'webhookId', required: false })
  @ApiQuery({ name: 'org', required: false, description: "An organisation the administrator reaches; the caller's own by default" })
  @ApiOperation({ summary: "Deliveries that failed every attempt, for one organisation (administrator)" })
  deadLetters(@Access() access: AccessContext, @Query('webhookId', new ParseUUIDPipe({ optional: true })) webhookId?: string) {
    return this.queries.deadLetters({ orgId: access.targetOrgId!, ...(webhookId ? { webhookId } : {}) });
  }
}
