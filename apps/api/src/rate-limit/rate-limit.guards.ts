import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { PER_CALLER, PER_IP } from './rate-limits';

/**
 * @nestjs/throttler's guard, restricted to one of the named limits so the two can run at different
 * points: the address limit before authentication, the caller limit after it. A refusal carries
 * the standard `Retry-After` header (the library only sets it with the limit's name appended).
 */
abstract class OneLimitGuard extends ThrottlerGuard {
  protected abstract readonly limitName: string;

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((throttler) => throttler.name === this.limitName);
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const { res } = this.getRequestResponse(context);
    this.setResponseHeader(res, 'Retry-After', Math.max(1, detail.timeToBlockExpire));
    await super.throwThrottlingException(context, detail);
  }
}

@Injectable()
export class IpRateLimitGuard extends OneLimitGuard {
  protected readonly limitName = PER_IP;
}

@Injectable()
export class CallerRateLimitGuard extends OneLimitGuard {
  protected readonly limitName = PER_CALLER;
}
