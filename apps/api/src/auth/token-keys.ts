import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, CryptoKey, errors, importSPKI, importX509, JWTHeaderParameters } from 'jose';
import { JwtAlgorithm, Settings } from '@app/config';

type VerificationKey = CryptoKey | Uint8Array;

/** The identity provider's key set could not be fetched or read: no token it signed can be checked now. */
export class KeySetUnavailable extends Error {}

const PEM_BLOCK = /-----BEGIN (PUBLIC KEY|CERTIFICATE)-----[\s\S]+?-----END \1-----/g;

/**
 * The keys a token may be verified with, chosen by its header. HS256 uses JWT_SECRET; RS256 and
 * ES256 use the configured PEM keys or the identity provider's JWKS. A key is only ever offered
 * for the algorithm it was imported for, so a public key can never be used as an HMAC secret.
 */
export class TokenKeys {
  private constructor(
    private readonly secret: Uint8Array | undefined,
    private readonly pems: ReadonlyArray<{ alg: JwtAlgorithm; key: CryptoKey }>,
    private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined,
  ) {}

  /** Reads and imports every configured key; a key that fits no enabled algorithm stops the start-up. */
  static async fromSettings(settings: Settings): Promise<TokenKeys> {
    const algorithms = settings.JWT_ALGORITHMS;
    const secret = algorithms.includes('HS256') ? new TextEncoder().encode(settings.JWT_SECRET) : undefined;
    const asymmetric = algorithms.filter((alg) => alg !== 'HS256');
    const pems = settings.JWT_PUBLIC_KEYS && asymmetric.length > 0 ? await importPems(pemText(settings.JWT_PUBLIC_KEYS), asymmetric) : [];
    const jwks = settings.JWKS_URL && asymmetric.length > 0
      ? createRemoteJWKSet(new URL(settings.JWKS_URL), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 })
      : undefined;
    return new TokenKeys(secret, pems, jwks);
  }

  /** Every key that could have signed a token with this header, most likely first. */
  async *candidates(header: JWTHeaderParameters): AsyncGenerator<VerificationKey> {
    if (header.alg === 'HS256') {
      if (this.secret) yield this.secret;
      return;
    }
    for (const pem of this.pems) if (pem.alg === header.alg) yield pem.key;
    if (!this.jwks) return;
    try {
      yield await this.jwks(header);
    } catch (error) {
      // Several keys of the set fit a header without `kid`: each is tried in turn.
      if (error instanceof errors.JWKSMultipleMatchingKeys) {
        for await (const key of error as unknown as AsyncIterable<CryptoKey>) yield key;
        return;
      }
      if (error instanceof errors.JWKSNoMatchingKey) return;
      throw new KeySetUnavailable(error instanceof Error ? error.message : String(error));
    }
  }
}

/** JWT_PUBLIC_KEYS holds PEM text itself, or names a file that does. */
function pemText(value: string): string {
  return value.includes('-----BEGIN ') ? value.replace(/\\n/g, '\n') : readFileSync(value, 'utf8');
}

async function importPems(text: string, algorithms: JwtAlgorithm[]): Promise<Array<{ alg: JwtAlgorithm; key: CryptoKey }>> {
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('JWT_PUBLIC_KEYS holds no "PUBLIC KEY" or "CERTIFICATE" PEM block');
  const keys: Array<{ alg: JwtAlgorithm; key: CryptoKey }> = [];
  for (const [index, block] of blocks.entries()) {
    const fitting = [];
    for (const alg of algorithms) {
      const key = await (block.includes('CERTIFICATE') ? importX509(block, alg) : importSPKI(block, alg)).catch(() => undefined);
      if (key) fitting.push({ alg, key: key as CryptoKey });
    }
    if (fitting.length === 0) throw new Error(`JWT_PUBLIC_KEYS key #${index + 1} fits none of ${algorithms.join(', ')} (RS256 needs RSA, ES256 a P-256 EC key)`);
    keys.push(...fitting);
  }
  return keys;
}
