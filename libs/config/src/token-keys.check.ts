import { existsSync } from 'node:fs';
import { Settings } from './settings';

/**
 * Problems with the token settings in any mode: an algorithm with nothing to verify it against
 * would turn every request away (or, worse, be noticed only on the first real login).
 */
export function tokenKeyProblems(settings: Settings): string[] {
  const problems: string[] = [];
  const asymmetric = settings.JWT_ALGORITHMS.filter((algorithm) => algorithm !== 'HS256');
  if (asymmetric.length > 0 && !settings.JWT_PUBLIC_KEYS && !settings.JWKS_URL) {
    problems.push(`JWT_ALGORITHMS includes ${asymmetric.join(', ')} but neither JWT_PUBLIC_KEYS nor JWKS_URL gives a key to verify it`);
  }
  if (asymmetric.length === 0 && (settings.JWT_PUBLIC_KEYS || settings.JWKS_URL)) {
    problems.push('JWT_PUBLIC_KEYS or JWKS_URL is set but JWT_ALGORITHMS allows neither RS256 nor ES256, so the keys would never be used');
  }
  const keys = settings.JWT_PUBLIC_KEYS;
  if (keys && !keys.includes('-----BEGIN ') && !existsSync(keys)) {
    problems.push(`JWT_PUBLIC_KEYS is neither PEM text nor the path of an existing file (${JSON.stringify(keys.slice(0, 80))})`);
  }
  return problems;
}
