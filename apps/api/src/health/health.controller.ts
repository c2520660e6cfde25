import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import type { Response } from 'express';
import Redis from 'ioredis';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { REDIS } from '@app/runtime/tokens';

type Status = 'up' | 'down';

async function check(probe: () => Promise<unknown>, timeoutMs = 2000): Promise<Status> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    const answered = await Promise.race([probe().then((result) => result !== false), timeout]);
    return answered ? 'up' : 'down';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Event store and Redis, each up or down; 503 when one is down' })
  @ApiResponse({ status: 200, description: 'Everything answers' })
  @ApiResponse({ status: 503, description: 'The event store or Redis does not answer' })
  async health(@Res({ passthrough: true }) response: Response) {
    const [eventStore, redis] = await Promise.all([check(() => this.store.ping()), check(() => this.redis.ping())]);
    const status = eventStore === 'up' && redis === 'up' ? 'ok' : 'unavailable';
    response.status(status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, checks: { eventStore, redis } };
  }
}
