import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from './public.decorator';
import { InvalidToken, TokenVerifier } from './token-verifier';
import { Principal } from './principal';

/** Far above any real token; a larger one is refused before any parsing. */
const MAX_TOKEN_LENGTH = 8192;

export type AuthenticatedRequest = Request & { principal: Principal };

/** Every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token, extra] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) throw new UnauthorizedException('a bearer token is required');
    if (token.length > MAX_TOKEN_LENGTH) throw new UnauthorizedException('the token is too long');
    try {
      request.principal = await this.verifier.verify(token);
      return true;
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
