import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBundleFile } from './bundle-file';

describe('writing a bundle file', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'bundle-file-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('appears only once complete', async () => {
    const file = join(directory, 'b.jsonl');
    await writeBundleFile(file, async (sink) => {
      await sink('one\n');
      expect(readdirSync(directory)).not.toContain('b.jsonl');
      await sink('two\n');
    });
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
    expect(readdirSync(directory)).toEqual(['b.jsonl']);
  });

  it('leaves nothing behind when the export fails', async () => {
    const failing = writeBundleFile(join(directory, 'b.jsonl'), async (sink) => {
      await sink('half\n');
      throw new Error('database gone');
    });
    await expect(failing).rejects.toThrow('database gone');
    expect(readdirSync(directory)).toEqual([]);
  });

  it('never replaces an existing file', async () => {
    const file = join(directory, 'b.jsonl');
    writeFileSync(file, 'earlier bundle\n');
    await expect(writeBundleFile(file, (sink) => sink('new\n'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('earlier bundle\n');
    expect(readdirSync(directory)).toEqual(['b.jsonl']);
  });
});
