import { SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  orgId: string;
  roles: string[];
  expiresIn?: string;
}

/** Issues an HS256 token for local use and tests; production tokens come from an identity provider. */
export function signToken(secret: string, claims: TokenClaims): Promise<string> {
  return new SignJWT({ org: claims.orgId, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
