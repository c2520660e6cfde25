import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealChain, testSealKey } from '../testing/seal-fixtures';
import { SealArchiveConflict } from './seal-archive';
import { SealDirectory } from './seal-directory';

describe('the seal directory', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'seals-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));
  const key = testSealKey();

  it('keeps one file per seal and reads them back in number order', async () => {
    const archive = new SealDirectory(join(directory, 'seals'));
    expect(await archive.latest()).toBeNull();
    const seals = sealChain(key, 3);
    for (const seal of [seals[1], seals[0], seals[2]]) await archive.write(seal);
    await archive.write(seals[2]);
    expect(readdirSync(archive.location)).toEqual(['seal-000000000001.json', 'seal-000000000002.json', 'seal-000000000003.json']);
    expect(await archive.read()).toEqual({ seals, problems: [] });
    expect(await archive.latest()).toEqual(seals[2]);
  });

  it('never replaces a seal with another under the same number', async () => {
    const archive = new SealDirectory(directory);
    await archive.write(sealChain(key, 1)[0]);
    await expect(archive.write(sealChain(testSealKey(), 1)[0])).rejects.toThrow(SealArchiveConflict);
    expect(readdirSync(directory)).toEqual(['seal-000000000001.json']);
  });

  it('reports a file that is not a seal', async () => {
    writeFileSync(join(directory, 'seal-000000000001.json'), '{"version":1');
    writeFileSync(join(directory, 'notes.txt'), 'ignored');
    const { seals, problems } = await new SealDirectory(directory).read();
    expect(seals).toEqual([]);
    expect(problems[0]).toContain('seal-000000000001.json is not JSON');
  });
});
