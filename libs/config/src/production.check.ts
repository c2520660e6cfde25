import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_WEBHOOK_KEY, Settings } from './settings';

/** Shorter HMAC keys can be guessed offline from any token a user holds. */
const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * What production mode (`NODE_ENV=production`) refuses to start with, each naming the variable:
 * the development keys shipped in the code, token keys an identity provider's tokens cannot be
 * checked against, and the embedded database (one process's private server, not a deployment's).
 */
export function productionProblems(settings: Settings): string[] {
  if (settings.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  const algorithms = settings.JWT_ALGORITHMS;
  if (algorithms.includes('HS256')) {
    if (settings.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      problems.push('JWT_SECRET is the development value shipped in the code; set a secret of your own, or leave HS256 out of JWT_ALGORITHMS');
    } else if (settings.JWT_SECRET.length < MIN_PRODUCTION_SECRET_LENGTH) {
      problems.push(`JWT_SECRET must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`);
    }
  }
  if (settings.WEBHOOK_SIGNING_KEY === DEVELOPMENT_WEBHOOK_KEY) {
    problems.push('WEBHOOK_SIGNING_KEY is the development value shipped in the code; anyone could forge deliveries; set a key of your own');
  }
  if (algorithms.some((algorithm) => algorithm !== 'HS256')) {
    if (!settings.JWT_ISSUER) problems.push('JWT_ISSUER is required in production when tokens come from an identity provider (RS256/ES256)');
    if (!settings.JWT_AUDIENCE) problems.push('JWT_AUDIENCE is required in production when tokens come from an identity provider (RS256/ES256)');
  }
  if (settings.JWKS_URL && !settings.JWKS_URL.startsWith('https://')) {
    problems.push('JWKS_URL must be https in production: keys fetched in the clear could be replaced on the way');
  }
  if (!settings.DATABASE_URL) {
    problems.push('DATABASE_URL is required in production: the embedded database is for a developer\'s machine');
  }
  return problems;
}
