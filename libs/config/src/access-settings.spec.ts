import { InvalidSettings, loadSettings } from './load-settings';

describe('identity and access settings', () => {
  it('defaults to HS256 only, closed CORS and per-minute limits', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({ JWT_ALGORITHMS: ['HS256'], JWT_CLOCK_SKEW_S: 30, CORS_ORIGINS: [], RATE_LIMIT_PER_MINUTE: 600, RATE_LIMIT_IP_PER_MINUTE: 1200, TRUST_PROXY: 0 });
    expect(settings.JWT_ISSUER).toBeUndefined();
  });

  it('reads comma-separated lists', () => {
    const settings = loadSettings({
      JWT_ALGORITHMS: 'RS256, ES256',
      JWKS_URL: 'https://id.example.gov.vn/.well-known/jwks.json',
      CORS_ORIGINS: 'https://emulation.gov.vn, http://localhost:5173',
    });
    expect(settings.JWT_ALGORITHMS).toEqual(['RS256', 'ES256']);
    expect(settings.CORS_ORIGINS).toEqual(['https://emulation.gov.vn', 'http://localhost:5173']);
  });

  it.each([
    [{ JWT_ALGORITHMS: 'none' }, 'JWT_ALGORITHMS="none"'],
    [{ JWT_ALGORITHMS: 'HS512' }, 'JWT_ALGORITHMS="HS512"'],
    [{ JWT_ALGORITHMS: ',' }, 'JWT_ALGORITHMS'],
    [{ JWT_CLOCK_SKEW_S: '3600' }, 'JWT_CLOCK_SKEW_S="3600"'],
    [{ CORS_ORIGINS: 'https://app.example/path' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE="0"'],
    [{ RATE_LIMIT_IP_PER_MINUTE: 'many' }, 'RATE_LIMIT_IP_PER_MINUTE="many"'],
    [{ JWKS_URL: 'ftp://id.example/jwks' }, 'JWKS_URL'],
    [{ WEBHOOK_ALLOW_PRIVATE: 'perhaps' }, 'WEBHOOK_ALLOW_PRIVATE="perhaps"'],
    [{ JWT_ALGORITHMS: 'ES256' }, 'neither JWT_PUBLIC_KEYS nor JWKS_URL'],
    [{ JWT_PUBLIC_KEYS: '/no/such/file.pem', JWT_ALGORITHMS: 'RS256' }, 'JWT_PUBLIC_KEYS is neither PEM text nor the path of an existing file'],
    [{ JWKS_URL: 'https://id.example/jwks' }, 'JWT_ALGORITHMS allows neither RS256 nor ES256'],
  ])('refuses %j, naming the variable', (env, named) => {
    expect(() => loadSettings(env)).toThrow(InvalidSettings);
    expect(() => loadSettings(env)).toThrow(named);
  });
});
