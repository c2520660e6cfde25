import { InvalidSettings, loadSettings } from './load-settings';

describe('loadSettings', () => {
  it('gives every default on an empty environment', () => {
    const settings = loadSettings({});
    expect(settings.PORT).toBe(3000);
    expect(settings.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(settings.EVENT_STORE).toBe('postgres');
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.SWAGGER).toBe(true);
  });

  it('converts numbers and booleans from strings', () => {
    const settings = loadSettings({ PORT: '8080', SWAGGER: 'false', MAX_EVENT_BYTES: '2048' });
    expect(settings).toMatchObject({ PORT: 8080, SWAGGER: false, MAX_EVENT_BYTES: 2048 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty"'],
    [{ EVENT_STORE: 'mongo' }, 'EVENT_STORE="mongo"'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL="http://x"'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL="not a url"'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_URL is required'],
  ])('refuses %j, naming the variable', (env, named) => {
    expect(() => loadSettings(env)).toThrow(InvalidSettings);
    expect(() => loadSettings(env)).toThrow(named);
  });
});
