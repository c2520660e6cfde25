import { Seal } from '../seals/seal';

/**
 * Where seals are kept outside the database, by someone the database's administrators cannot
 * overrule: a directory on another machine or mount, or (an adapter still to write) another
 * body's HTTP endpoint. Append-only: a seal once written is never replaced.
 */
export interface SealArchive {
  /** Where the seals are, for messages. */
  readonly location: string;
  /** Every seal held, in number order; entries that are not valid seals come back as problems. */
  read(): Promise<ArchiveContents>;
  /** The seal with the highest number, or null when none is held. */
  latest(): Promise<Seal | null>;
  /** Adds a seal. The same seal again is a no-op; another seal under its number is a SealArchiveConflict. */
  write(seal: Seal): Promise<void>;
}

export interface ArchiveContents {
  seals: Seal[];
  problems: string[];
}

export class SealArchiveConflict extends Error {
  constructor(readonly sealNumber: number, readonly location: string, readonly heldHash: string, readonly newHash: string) {
    super(`${location} already holds seal ${sealNumber} with hash ${heldHash}; refusing to replace it with ${newHash}`);
    this.name = 'SealArchiveConflict';
  }
}
