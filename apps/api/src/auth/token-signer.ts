import { SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  orgId: string;
  /** Roles held in `orgId`. */
  roles: string[];
  /** Roles held in other organisations. */
  grants?: Array<{ org: string; role: string }>;
  /** `national`: the read-only roles reach every organisation. */
  scope?: 'national';
  expiresIn?: string;
  /** Must match JWT_ISSUER / JWT_AUDIENCE when those are set. */
  issuer?: string;
  audience?: string;
}

/** Issues an HS256 token for local use and tests; production tokens come from an identity provider. */
export function signToken(secret: string, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({
    org: claims.orgId,
    roles: claims.roles,
    ...(claims.grants ? { grants: claims.grants } : {}),
    ...(claims.scope ? { scope: claims.scope } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h');
  if (claims.issuer) jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
