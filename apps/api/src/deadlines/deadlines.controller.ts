import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';
import { RuleBook } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { OverdueQueryDto, UpcomingQueryDto } from './deadline-query.dto';

/**
 * What is late and what is coming, counted in working days on the calendar in force. Without
 * `?org=`, a caller who cannot read every organisation sees its own.
 */
@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlineQueries,
    private readonly rules: RuleBook,
  ) {}

  @Get('overdue')
  @ApiOperation({ summary: 'Overdue reviews per organisation, with how long overdue (under 1, 1–3, 3–10, over 10 working days)' })
  overdue(@Query() query: OverdueQueryDto, @Access() access: AccessContext) {
    const calendar = this.rules.calendar;
    return this.deadlines.overdue({
      orgId: query.org ?? access.defaultOrgId(),
      now: new Date(),
      workingDaysBetween: (a, b) => calendar.workingDaysBetween(a, b),
      limit: query.limit,
    });
  }

  @Get('upcoming')
  @ApiOperation({ summary: 'Reviews falling due within the next working days, soonest first' })
  upcoming(@Query() query: UpcomingQueryDto, @Access() access: AccessContext) {
    const now = new Date();
    const within = this.rules.clock.dueAt(now, { workingDays: query.withinWorkingDays ?? 5 });
    return this.deadlines.upcoming({ orgId: query.org ?? access.defaultOrgId(), now, within, limit: query.limit });
  }
}
