import { exportSPKI, generateKeyPair, SignJWT } from 'jose';

export const TEST_ISSUER = 'https://id.test.gov.vn';
export const TEST_AUDIENCE = 'emulation-api';

export interface IdentityClaims {
  sub: string;
  org: string;
  roles: string[];
  grants?: Array<{ org: string; role: string }>;
  scope?: string;
}

export interface TokenOptions {
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  audience?: string;
  issuer?: string;
  /** Sign with another key than the one the API trusts. */
  forged?: boolean;
}

/**
 * A stand-in identity provider signing ES256 tokens, and the settings that make the API trust it
 * (besides its own HS256 secret): real asymmetric verification, issuer and audience checks.
 */
export async function testIdentityProvider() {
  const [trusted, untrusted] = await Promise.all([generateKeyPair('ES256'), generateKeyPair('ES256')]);
  const publicPem = await exportSPKI(trusted.publicKey);
  return {
    env: { JWT_ALGORITHMS: 'HS256,ES256', JWT_PUBLIC_KEYS: publicPem, JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE },
    sign(claims: IdentityClaims, options: TokenOptions = {}): Promise<string> {
      const now = Math.floor(Date.now() / 1000);
      const { sub, ...rest } = claims;
      return new SignJWT(rest)
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(options.issuer ?? TEST_ISSUER)
        .setAudience(options.audience ?? TEST_AUDIENCE)
        .setIssuedAt(now - 3600)
        .setExpirationTime(now + (options.expiresIn ?? 600))
        .sign(options.forged ? untrusted.privateKey : trusted.privateKey);
    },
  };
}
