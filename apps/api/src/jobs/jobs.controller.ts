import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobQueues, listParkedJobs } from '@app/queue';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly queues: JobQueues) {}

  @Get('parked')
  @ApiOperation({ summary: 'Jobs that failed every attempt and were set aside (administrator)' })
  parked(@CurrentPrincipal() who: Principal) {
    actingAs(who, 'admin');
    return listParkedJobs(this.queues);
  }
}
