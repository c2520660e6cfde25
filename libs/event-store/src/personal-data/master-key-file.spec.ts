import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMasterKey, unwrapDataKey, wrapDataKey } from './master-key-file';
import { PersonalDataKeyError } from './personal-data.errors';

describe('the master key file', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'personal-key-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is generated once (mode 0600), then read back as the same key', () => {
    const file = join(folder, 'keys', 'personal-data.key');
    const created = loadMasterKey(file, { create: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    const again = loadMasterKey(file, { create: true });
    expect(again.id).toBe(created.id);
    expect(again.key.equals(created.key)).toBe(true);
  });

  it('is not generated where it is only to be read', () => {
    expect(() => loadMasterKey(join(folder, 'missing.key'), { create: false })).toThrow(PersonalDataKeyError);
  });

  it('is refused when others can read it, or when it is not 32 bytes', () => {
    const file = join(folder, 'loose.key');
    writeFileSync(file, randomBytes(32).toString('base64'));
    chmodSync(file, 0o644);
    expect(() => loadMasterKey(file, { create: false })).toThrow(/can be read by other users \(mode 644\)/);
    chmodSync(file, 0o600);
    writeFileSync(file, randomBytes(16).toString('base64'));
    expect(() => loadMasterKey(file, { create: false })).toThrow(/does not hold 32 bytes/);
  });

  it('wraps a data key for one subject only', () => {
    const master = loadMasterKey(join(folder, 'm.key'), { create: true });
    const dataKey = randomBytes(32);
    const wrapped = wrapDataKey(master, 'nv-0042', dataKey);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(master, 'nv-0042', wrapped).equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(master, 'nv-0043', wrapped)).toThrow(PersonalDataKeyError);
    const other = loadMasterKey(join(folder, 'other.key'), { create: true });
    expect(() => unwrapDataKey(other, 'nv-0042', wrapped)).toThrow(PersonalDataKeyError);
  });
});
