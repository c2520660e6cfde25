import { Body, Controller, Headers, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PERSONAL_KEYRING, PersonalKeyring } from '@app/event-store/personal-data';
import { runErasePersonalData } from '@app/workflow';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { ForgetPersonDto } from './forget-person.dto';

/** Erasure of a person's personal data: their key is destroyed, the log and its seals stay whole. */
@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('personal-data')
export class PersonalDataController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_KEYRING) private readonly keyring: PersonalKeyring,
  ) {}

  @Post(':subject/forget')
  @HttpCode(200)
  @ApiOperation({ summary: "Forget a person (national administrator): their fields read as erased everywhere; recorded as PersonalDataErased" })
  async forget(@Param('subject') subject: string, @Body() body: ForgetPersonDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const commandId = commandIdOf(key, body.commandId);
    const result = await runErasePersonalData(this.store, this.keyring, { subject, reason: body.reason, actor: actingAs(who, 'admin'), commandId, now: new Date() });
    return {
      subject,
      status: result.state.status,
      repeated: result.repeated,
      events: result.events.map((event) => ({ id: event.id, type: event.type, stream: event.stream, position: event.position })),
    };
  }
}
