import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { decodeProtectedHeader, errors, jwtVerify, JWTVerifyOptions } from 'jose';
import { Settings } from '@app/config';
import { SETTINGS } from '@app/runtime/tokens';
import { Principal } from './principal';
import { InvalidToken, principalFromClaims } from './token-claims';
import { KeySetUnavailable, TokenKeys } from './token-keys';

export { InvalidToken } from './token-claims';

/**
 * Verifies a bearer token against the configured keys (JWT_ALGORITHMS, JWT_SECRET,
 * JWT_PUBLIC_KEYS, JWKS_URL): signature, issuer and audience when configured, expiry (required)
 * and not-before, with JWT_CLOCK_SKEW_S of tolerance; then reads its claims (see token-claims.ts).
 */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private keys: TokenKeys | undefined;
  private readonly options: JWTVerifyOptions;

  constructor(@Inject(SETTINGS) private readonly settings: Settings) {
    this.options = {
      algorithms: [...settings.JWT_ALGORITHMS],
      clockTolerance: settings.JWT_CLOCK_SKEW_S,
      requiredClaims: ['exp', 'sub'],
      ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
      ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
    };
  }

  /** Keys are imported at start-up, so a bad one stops the process instead of failing every login. */
  async onModuleInit(): Promise<void> {
    this.keys = await TokenKeys.fromSettings(this.settings);
  }

  async verify(token: string): Promise<Principal> {
    const keys = (this.keys ??= await TokenKeys.fromSettings(this.settings));
    let header;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new InvalidToken('the token is not a JWT');
    }
    if (typeof header.alg !== 'string' || !this.options.algorithms!.includes(header.alg)) {
      throw new InvalidToken(`the token is signed with ${JSON.stringify(header.alg)}, which is not accepted`);
    }
    let lastError: unknown = new InvalidToken('no key can verify the token');
    try {
      for await (const key of keys.candidates(header as never)) {
        try {
          const { payload } = await jwtVerify(token, key, this.options);
          return principalFromClaims(payload);
        } catch (error) {
          // Another key may still verify it; any other problem is final.
          if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw error;
          lastError = error;
        }
      }
    } catch (error) {
      // Includes an identity provider whose key set cannot be fetched: the caller is not authenticated.
      throw describe(error);
    }
    throw describe(lastError);
  }
}

/** A short reason for the log and the 401 body; never the token itself. */
function describe(error: unknown): InvalidToken {
  if (error instanceof InvalidToken) return error;
  if (error instanceof errors.JWTExpired) return new InvalidToken('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new InvalidToken('the token is not valid yet (nbf)');
    if (error.claim === 'aud') return new InvalidToken('the token is meant for another audience (aud)');
    if (error.claim === 'iss') return new InvalidToken('the token comes from another issuer (iss)');
    return new InvalidToken(`the token's ${error.claim} claim is missing or not valid`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new InvalidToken('the token signature does not verify');
  // Its details (addresses, TLS errors) stay out of the answer.
  if (error instanceof KeySetUnavailable) return new InvalidToken("the token cannot be verified now: the identity provider's keys are unavailable");
  return new InvalidToken('the token is not valid');
}
