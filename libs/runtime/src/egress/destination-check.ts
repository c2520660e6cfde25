import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isLocalName, isPrivateAddress } from './private-address';

/**
 * Why a URL's host may not be called when private destinations are not allowed, judged from the
 * URL alone (a literal address or a local name); null when nothing is wrong with it. Used when a
 * webhook is registered, for an immediate answer; delivery checks again after resolving the name.
 */
export function literalDestinationProblem(url: string): string | null {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return null; // Not a URL at all: the URL's own validation names that.
  }
  if (isLocalName(hostname)) return `${hostname} is this machine`;
  if (isPrivateAddress(hostname)) return `${hostname} is a loopback, private or link-local address`;
  return null;
}

/**
 * Resolves the host as the connection will and refuses when any address it gives is not public.
 * The name is resolved again when the request is made; a name that changes its answer in between
 * (DNS rebinding) is not caught here, which is why redirects are never followed either.
 */
export async function resolvedDestinationProblem(url: string, timeoutMs: number): Promise<string | null> {
  const literal = literalDestinationProblem(url);
  if (literal) return literal;
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname)) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no DNS answer within ${timeoutMs} ms`)), timeoutMs)));
  try {
    const addresses = await Promise.race([lookup(hostname, { all: true, verbatim: true }), timeout]);
    const inside = addresses.find((entry) => isPrivateAddress(entry.address));
    return inside ? `${hostname} resolves to ${inside.address}, a loopback, private or link-local address` : null;
  } finally {
    clearTimeout(timer);
  }
}
