import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSealKey, loadSealPublicKey, publicKeyFileOf } from './seal-key-file';

describe('the seal key file', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'seal-key-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('is generated on first use, readable by its owner only, with its public key beside it', () => {
    const file = join(directory, 'keys', 'seal-ed25519.pem');
    const key = loadOrCreateSealKey(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(publicKeyFileOf(file)).toBe(join(directory, 'keys', 'seal-ed25519.pub.pem'));
    expect(readFileSync(publicKeyFileOf(file), 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(loadOrCreateSealKey(file).fingerprint).toBe(key.fingerprint);
    expect(loadSealPublicKey(file)?.fingerprint).toBe(key.fingerprint);
  });

  it('is refused when others can read it', () => {
    const file = join(directory, 'seal.pem');
    loadOrCreateSealKey(file);
    chmodSync(file, 0o644);
    expect(() => loadOrCreateSealKey(file)).toThrow(`SEAL_KEY_FILE ${file} can be read by other users (mode 644)`);
  });

  it('has no public key before the first seal', () => {
    expect(loadSealPublicKey(join(directory, 'absent.pem'))).toBeNull();
  });
});
