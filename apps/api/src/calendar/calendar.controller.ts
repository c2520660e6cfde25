import { BadRequestException, Body, Controller, Get, Headers, Inject, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { fromDayNumber, isLocalDate, toDayNumber } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CalendarSync, RuleBook, runCalendarCommand } from '@app/workflow';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { CalendarDayDto } from './calendar-day.dto';

/** The working-day calendar deadlines are counted on: shipped days plus administrators' declarations. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly rules: RuleBook,
    private readonly sync: CalendarSync,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'Every day of the year that differs from the normal week (holidays, swapped working days), with its basis' })
  year(@Param('year', ParseIntPipe) year: number) {
    if (year < 2000 || year > 2100) throw new BadRequestException('year must be between 2000 and 2100');
    const first = toDayNumber(`${year}-01-01`);
    const last = toDayNumber(`${year}-12-31`);
    const days = [];
    for (let day = first; day <= last; day++) {
      const status = this.rules.calendar.statusOf(fromDayNumber(day));
      if (status.basis !== 'weekly') days.push(status);
    }
    return { year, covered: this.rules.calendar.coveredYears.includes(year), days };
  }

  @Put('days/:date')
  @ApiOperation({ summary: 'Declare a day off or a working day (administrator); recorded as an event' })
  async setDay(@Param('date') date: string, @Body() body: CalendarDayDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    if (!isLocalDate(date)) throw new BadRequestException(`date ${JSON.stringify(date)} is not a date "YYYY-MM-DD"`);
    const result = await runCalendarCommand(this.store, {
      command: { type: 'SetCalendarDay', data: { date, kind: body.kind, reason: body.reason } },
      actor: actingAs(who, 'admin'),
      commandId: commandIdOf(key, body.commandId),
      now: new Date(),
    });
    await this.sync.refresh();
    return { ...this.rules.calendar.statusOf(date), repeated: result.repeated };
  }
}
