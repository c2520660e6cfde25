import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify } from 'jose';
import { Settings } from '@app/config';
import { SETTINGS } from '@app/runtime/tokens';
import { Principal } from './principal';

const ROLES = new Set(['submitter', 'reviewer', 'admin']);

export class InvalidToken extends Error {}

/** Verifies an HS256 bearer token and reads its claims: `sub`, `org` and `roles`. */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.key = new TextEncoder().encode(settings.JWT_SECRET);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], clockTolerance: 30 });
      const roles = Array.isArray(payload.roles) ? payload.roles : [];
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidToken('the token names no user (sub)');
      if (typeof payload.org !== 'string' || payload.org === '') throw new InvalidToken('the token names no organisation (org)');
      if (!roles.every((role) => typeof role === 'string' && ROLES.has(role))) throw new InvalidToken('the token holds an unknown role');
      return { userId: payload.sub, orgId: payload.org, roles: roles as Principal['roles'] };
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      if (error instanceof errors.JWTExpired) throw new InvalidToken('the token has expired');
      throw new InvalidToken('the token is not valid');
    }
  }
}
