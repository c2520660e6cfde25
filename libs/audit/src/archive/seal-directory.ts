import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Seal } from '../seals/seal';
import { parseSeal } from '../seals/seal.parse';
import { ArchiveContents, SealArchive, SealArchiveConflict } from './seal-archive';

const FILE_NAME = /^seal-(\d{12})\.json$/;

export function sealFileName(sealNumber: number): string {
  return `seal-${String(sealNumber).padStart(12, '0')}.json`;
}

/**
 * SEAL_DIR: one JSON file per seal, `seal-000000000042.json`, named so that a listing sorts by
 * number. A file is written under a temporary name and hard-linked into place, which fails when
 * the name exists: a seal file is never half-written and never overwritten.
 */
export class SealDirectory implements SealArchive {
  readonly location: string;

  constructor(directory: string) {
    this.location = resolve(directory);
  }

  async read(): Promise<ArchiveContents> {
    const contents: ArchiveContents = { seals: [], problems: [] };
    for (const name of await this.sealFiles()) {
      const outcome = await this.readFile(name);
      if (typeof outcome === 'string') contents.problems.push(outcome);
      else contents.seals.push(outcome);
    }
    return contents;
  }

  async latest(): Promise<Seal | null> {
    const names = await this.sealFiles();
    if (names.length === 0) return null;
    const outcome = await this.readFile(names[names.length - 1]);
    if (typeof outcome === 'string') throw new Error(outcome);
    return outcome;
  }

  async write(seal: Seal): Promise<void> {
    await mkdir(this.location, { recursive: true });
    const file = join(this.location, sealFileName(seal.sealNumber));
    const content = `${JSON.stringify(seal, null, 2)}\n`;
    try {
      await writeExclusively(file, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await this.readFile(sealFileName(seal.sealNumber));
      const heldHash = typeof held === 'string' ? 'unreadable' : held.sealHash;
      if (heldHash !== seal.sealHash) throw new SealArchiveConflict(seal.sealNumber, this.location, heldHash, seal.sealHash);
    }
  }

  private async sealFiles(): Promise<string[]> {
    try {
      return (await readdir(this.location)).filter((name) => FILE_NAME.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** The seal in a file, or why it is not one. */
  private async readFile(name: string): Promise<Seal | string> {
    const file = join(this.location, name);
    try {
      const seal = parseSeal(JSON.parse(await readFile(file, 'utf8')), file);
      const number = Number(FILE_NAME.exec(name)![1]);
      return seal.sealNumber === number ? seal : `${file} holds seal ${seal.sealNumber}, not seal ${number}`;
    } catch (error) {
      return error instanceof SyntaxError ? `${file} is not JSON: ${error.message}` : (error as Error).message;
    }
  }
}

/**
 * Writes a new file whole or not at all, failing with EEXIST when the name is taken: a temporary
 * file hard-linked into place. Where hard links are not supported (some network or append-only
 * mounts) an exclusive create is the fallback: never an overwrite, though not atomic.
 */
async function writeExclusively(file: string, content: string): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, { flag: 'wx' });
  try {
    await link(temporary, file);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await writeFile(file, content, { flag: 'wx' });
  } finally {
    await unlink(temporary);
  }
}
