import { InvalidSettings, loadSettings } from './load-settings';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';
/** A production configuration that starts; each case below breaks one thing. */
const READY = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:secret@db:5432/emulation',
  JWT_SECRET: 'x'.repeat(40),
  WEBHOOK_SIGNING_KEY: 'y'.repeat(40),
};

function problemsOf(env: Record<string, string>): string {
  try {
    loadSettings(env);
    return 'starts';
  } catch (error) {
    if (error instanceof InvalidSettings) return error.message;
    throw error;
  }
}

describe('production mode', () => {
  it('starts with its own keys and an external database', () => {
    expect(problemsOf(READY)).toBe('starts');
  });

  it.each([
    ['the development JWT secret', { JWT_SECRET: undefined }, 'JWT_SECRET is the development value'],
    ['a short JWT secret', { JWT_SECRET: 'short-but-16-chars' }, 'JWT_SECRET must be at least 32 characters'],
    ['the development webhook key', { WEBHOOK_SIGNING_KEY: undefined }, 'WEBHOOK_SIGNING_KEY is the development value'],
    ['the embedded database', { DATABASE_URL: undefined }, 'DATABASE_URL is required in production'],
    ['an identity provider without a key', { JWT_ALGORITHMS: 'RS256' }, 'neither JWT_PUBLIC_KEYS nor JWKS_URL'],
    ['an identity provider without issuer and audience', { JWT_ALGORITHMS: 'RS256', JWKS_URL: 'https://id.example.gov.vn/jwks' }, 'JWT_AUDIENCE is required'],
    ['keys fetched in the clear', { JWT_ALGORITHMS: 'ES256', JWKS_URL: 'http://id.example.gov.vn/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }, 'JWKS_URL must be https'],
  ])('refuses %s, naming the variable', (_label, change, named) => {
    const env = Object.fromEntries(Object.entries({ ...READY, ...change }).filter(([, value]) => value !== undefined)) as Record<string, string>;
    expect(problemsOf(env)).toContain(named);
  });

  it('leaves the development secret alone when HS256 is not accepted at all', () => {
    expect(problemsOf({ ...READY, JWT_SECRET: '', JWT_ALGORITHMS: 'ES256', JWT_PUBLIC_KEYS: PEM, JWT_ISSUER: 'https://id', JWT_AUDIENCE: 'api' })).toBe('starts');
  });

  it('lists every problem at once', () => {
    const message = problemsOf({ NODE_ENV: 'production' });
    expect(message).toContain('JWT_SECRET');
    expect(message).toContain('WEBHOOK_SIGNING_KEY');
    expect(message).toContain('DATABASE_URL');
  });

  it('refuses private webhook destinations unless told otherwise; development allows them', () => {
    expect(loadSettings(READY).WEBHOOK_ALLOW_PRIVATE).toBe(false);
    expect(loadSettings({ ...READY, WEBHOOK_ALLOW_PRIVATE: 'true' }).WEBHOOK_ALLOW_PRIVATE).toBe(true);
    expect(loadSettings({}).WEBHOOK_ALLOW_PRIVATE).toBe(true);
    expect(loadSettings({ WEBHOOK_ALLOW_PRIVATE: 'false' }).WEBHOOK_ALLOW_PRIVATE).toBe(false);
  });
});
