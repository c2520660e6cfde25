import { ExecutionContext } from '@nestjs/common';
import { normalizeIp, ThrottlerModuleOptions } from '@nestjs/throttler';
import { Settings } from '@app/config';
import { AuthenticatedRequest } from '../auth/bearer-auth.guard';

export const PER_IP = 'ip';
export const PER_CALLER = 'caller';
const MINUTE_MS = 60_000;

/**
 * Two limits, each over a sliding minute and shared by every route: one per client address
 * (checked before the token, so unauthenticated floods are limited too) and one per caller (the
 * token's subject, wherever it calls from). Counts live in this process's memory: a command never
 * waits on Redis, and with several API replicas each enforces the limit on what reaches it.
 */
export function rateLimits(settings: Settings): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: PER_IP, ttl: MINUTE_MS, limit: settings.RATE_LIMIT_IP_PER_MINUTE, getTracker: (request) => normalizeIp(request.ip) ?? 'unknown' },
      {
        name: PER_CALLER,
        ttl: MINUTE_MS,
        limit: settings.RATE_LIMIT_PER_MINUTE,
        getTracker: (request) => (request as AuthenticatedRequest).principal.userId,
        // Public routes (health, metrics) have no caller; the address limit covers them.
        skipIf: (context: ExecutionContext) => !context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().principal,
      },
    ],
    // One count per limit and tracker across all routes, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    errorMessage: (_context, detail) => `too many requests: at most ${detail.limit} a minute; retry after ${detail.timeToBlockExpire} s`,
    setHeaders: true,
  };
}
