import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { loadSettings } from '@app/config';
import { InvalidToken, TokenVerifier } from './token-verifier';

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const NOW = () => Math.floor(Date.now() / 1000);

function claims(extra: Record<string, unknown> = {}) {
  return { org: 'ministry-culture', roles: ['reviewer'], ...extra };
}

function jwt(payload: Record<string, unknown>, header: { alg: string; kid?: string }, options: { exp?: number; nbf?: number; iss?: string; aud?: string } = {}) {
  const token = new SignJWT(payload).setProtectedHeader(header).setSubject('minh').setIssuedAt();
  token.setExpirationTime(options.exp ?? NOW() + 600);
  if (options.nbf !== undefined) token.setNotBefore(options.nbf);
  if (options.iss) token.setIssuer(options.iss);
  if (options.aud) token.setAudience(options.aud);
  return token;
}

async function verifier(env: Record<string, string>): Promise<TokenVerifier> {
  const verifier = new TokenVerifier(loadSettings({ JWT_SECRET: SECRET, ...env }));
  await verifier.onModuleInit();
  return verifier;
}

async function refusal(verifier: TokenVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidToken) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('bearer token verification', () => {
  let es: Keys;
  let rs: Keys;
  let other: Keys;

  beforeAll(async () => {
    [es, rs, other] = await Promise.all([generateKeyPair('ES256'), generateKeyPair('RS256'), generateKeyPair('ES256')]);
  });

  describe('HS256 with JWT_SECRET', () => {
    it('accepts a token signed with the secret and reads its claims', async () => {
      const token = await jwt(claims(), { alg: 'HS256' }).sign(new TextEncoder().encode(SECRET));
      expect(await (await verifier({})).verify(token)).toMatchObject({ userId: 'minh', orgId: 'ministry-culture', roles: ['reviewer'] });
    });

    it('refuses another secret, an expired token, a token not yet valid, and one without expiry', async () => {
      const check = await verifier({ JWT_CLOCK_SKEW_S: '30' });
      const key = new TextEncoder().encode(SECRET);
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }).sign(new TextEncoder().encode(`${SECRET}!`)))).toBe('the token signature does not verify');
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, { exp: NOW() - 120 }).sign(key))).toBe('the token has expired');
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, { nbf: NOW() + 120 }).sign(key))).toBe('the token is not valid yet (nbf)');
      const noExpiry = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).setSubject('minh').sign(key);
      expect(await refusal(check, noExpiry)).toContain('exp');
    });

    it('tolerates the configured clock skew and no more', async () => {
      const key = new TextEncoder().encode(SECRET);
      const justExpired = await jwt(claims(), { alg: 'HS256' }, { exp: NOW() - 10 }).sign(key);
      expect(await refusal(await verifier({ JWT_CLOCK_SKEW_S: '30' }), justExpired)).toBe('accepted');
      expect(await refusal(await verifier({ JWT_CLOCK_SKEW_S: '0' }), justExpired)).toBe('the token has expired');
    });

    it('checks the issuer and the audience when they are configured', async () => {
      const check = await verifier({ JWT_ISSUER: 'https://id.example.gov.vn', JWT_AUDIENCE: 'emulation-api' });
      const key = new TextEncoder().encode(SECRET);
      const right = { iss: 'https://id.example.gov.vn', aud: 'emulation-api' };
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, right).sign(key))).toBe('accepted');
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, { ...right, aud: 'another-app' }).sign(key))).toBe('the token is meant for another audience (aud)');
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, { ...right, iss: 'https://evil.example' }).sign(key))).toBe('the token comes from another issuer (iss)');
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }, { iss: right.iss }).sign(key))).toContain('aud');
    });

    it('refuses an unsigned token and an algorithm that is not enabled', async () => {
      const check = await verifier({});
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'minh', ...claims(), exp: NOW() + 60 })).toString('base64url')}.`;
      expect(await refusal(check, unsigned)).toContain('"none"');
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256' }).sign(es.privateKey))).toContain('"ES256"');
      expect(await refusal(check, 'not.a.jwt')).toBe('the token is not a JWT');
    });
  });

  describe('RS256 and ES256 with JWT_PUBLIC_KEYS', () => {
    it('accepts tokens signed by any configured key and refuses other keys', async () => {
      const pems = `${await exportSPKI(es.publicKey)}\n${await exportSPKI(rs.publicKey)}`;
      const check = await verifier({ JWT_ALGORITHMS: 'RS256,ES256', JWT_PUBLIC_KEYS: pems });
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256' }).sign(es.privateKey))).toBe('accepted');
      expect(await refusal(check, await jwt(claims(), { alg: 'RS256' }).sign(rs.privateKey))).toBe('accepted');
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256' }).sign(other.privateKey))).toBe('the token signature does not verify');
      // HS256 is not enabled here, so the development secret cannot mint tokens.
      expect(await refusal(check, await jwt(claims(), { alg: 'HS256' }).sign(new TextEncoder().encode(SECRET)))).toContain('"HS256"');
    });

    it('never uses a public key as an HMAC secret (algorithm confusion)', async () => {
      const pem = await exportSPKI(rs.publicKey);
      const check = await verifier({ JWT_ALGORITHMS: 'HS256,RS256', JWT_PUBLIC_KEYS: pem });
      const forged = await jwt(claims(), { alg: 'HS256' }).sign(new TextEncoder().encode(pem));
      expect(await refusal(check, forged)).toBe('the token signature does not verify');
    });

    it('refuses at start-up a key that fits no enabled algorithm', async () => {
      const pem = await exportSPKI(rs.publicKey);
      await expect(verifier({ JWT_ALGORITHMS: 'ES256', JWT_PUBLIC_KEYS: pem })).rejects.toThrow('JWT_PUBLIC_KEYS key #1 fits none of ES256');
    });
  });

  it('refuses, without failing, while the identity provider cannot be reached', async () => {
    const check = await verifier({ JWT_ALGORITHMS: 'ES256', JWKS_URL: 'http://127.0.0.1:9/jwks' });
    expect(await refusal(check, await jwt(claims(), { alg: 'ES256', kid: 'es-1' }).sign(es.privateKey))).toContain('keys are unavailable');
  });

  describe('JWKS_URL of an identity provider', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      const keys = [
        { ...(await exportJWK(rs.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(es.publicKey)), kid: 'es-1', alg: 'ES256', use: 'sig' },
      ];
      server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('verifies with the key named by kid, checking issuer and audience', async () => {
      const check = await verifier({ JWT_ALGORITHMS: 'RS256,ES256', JWKS_URL: url, JWT_ISSUER: 'https://id.example.gov.vn', JWT_AUDIENCE: 'emulation-api' });
      const options = { iss: 'https://id.example.gov.vn', aud: 'emulation-api' };
      expect(await refusal(check, await jwt(claims(), { alg: 'RS256', kid: 'rs-1' }, options).sign(rs.privateKey))).toBe('accepted');
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256', kid: 'es-1' }, options).sign(es.privateKey))).toBe('accepted');
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256', kid: 'es-1' }, options).sign(other.privateKey))).toBe('the token signature does not verify');
      expect(await refusal(check, await jwt(claims(), { alg: 'ES256', kid: 'unknown' }, options).sign(es.privateKey))).toBe('no key can verify the token');
      expect(await refusal(check, await jwt(claims(), { alg: 'RS256', kid: 'rs-1' }, { ...options, aud: 'x' }).sign(rs.privateKey))).toContain('audience');
    });
  });
});
