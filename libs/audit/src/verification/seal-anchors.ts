import { ArchiveContents } from '../archive/seal-archive';
import { jcs } from '../canonical/jcs';
import { Seal, SEAL_EVENT_TYPE } from '../seals/seal';
import { sealLinkProblem } from '../seals/seal-chain';
import { parseSeal } from '../seals/seal.parse';
import { sealSignatureProblem } from '../seals/seal-signing';
import { SealPublicKey } from '../keys/seal-key-file';
import { SealProblem } from './log-problem';
import { SealRange } from './seal-ranges';

/** One event of the seal stream as stored. */
export interface StoredSealEvent {
  revision: number;
  position: number;
  type: string;
  data: unknown;
}

export interface SealAnchors {
  /** The ranges whose events must still give their seal's root and count. */
  ranges: SealRange[];
  problems: SealProblem[];
  databaseSeals: number;
  archivedSeals: number;
  /** The seal held outside with the highest number: the anchor against truncation and rewrites. */
  lastArchived: Seal | null;
}

/**
 * Everything about the seals that can be checked before reading the log: each seal of the seal
 * stream is well-formed, signed by our key and linked to the one before; each seal held outside is
 * signed too and the database still holds exactly it. Seals held outside come first among the
 * ranges to recompute, because the database's copy is what an intruder could have replaced.
 */
export function checkSealAnchors(stored: readonly StoredSealEvent[], archive: ArchiveContents, key: SealPublicKey): SealAnchors {
  const problems: SealProblem[] = [];
  const { valid: fromDatabase, stored: byNumber } = databaseSeals(stored, key, problems);

  problems.push(...archive.problems.map((message) => ({ kind: 'archive' as const, message })));
  const archived = archive.seals.filter((seal) => {
    const problem = sealSignatureProblem(seal, key.publicKey, key.fingerprint);
    if (problem) problems.push({ kind: 'archive', sealNumber: seal.sealNumber, message: `held outside: ${problem}` });
    return problem === null;
  });
  for (const seal of archived) {
    const held = byNumber.get(seal.sealNumber);
    if (!held) {
      problems.push({
        kind: 'archive',
        sealNumber: seal.sealNumber,
        message:
          `seal ${seal.sealNumber} (positions ${seal.fromPosition}..${seal.toPosition}) is held outside but the database no longer has it: ` +
          `the log was cut short or its seal stream rewritten`,
      });
    } else if (jcs(held) !== jcs(seal)) {
      problems.push({
        kind: 'archive',
        sealNumber: seal.sealNumber,
        message: `seal ${seal.sealNumber} in the database differs from the copy held outside: ${differingFields(held, seal).join(', ')}`,
      });
    }
  }

  const ranges = new Map<number, SealRange>();
  for (const seal of fromDatabase) ranges.set(seal.sealNumber, rangeOf(seal, 'database'));
  for (const seal of archived) ranges.set(seal.sealNumber, rangeOf(seal, 'archive'));
  return {
    ranges: [...ranges.values()],
    problems,
    databaseSeals: stored.length,
    archivedSeals: archive.seals.length,
    lastArchived: archived.length > 0 ? archived[archived.length - 1] : null,
  };
}

/** The seal stream's seals that are valid and chained (every other one is a problem), and all of them by number. */
function databaseSeals(stored: readonly StoredSealEvent[], key: SealPublicKey, problems: SealProblem[]): { valid: Seal[]; stored: Map<number, Seal> } {
  const seals: Seal[] = [];
  const byNumber = new Map<number, Seal>();
  let previous: Seal | null = null;
  for (const event of stored) {
    const where = `seal stream revision ${event.revision} (position ${event.position})`;
    const seal = parsed(event, where, problems);
    if (!seal) continue;
    byNumber.set(seal.sealNumber, seal);
    const problem =
      (seal.sealNumber !== event.revision + 1 ? `holds seal ${seal.sealNumber}, expected seal ${event.revision + 1}` : null) ??
      sealSignatureProblem(seal, key.publicKey, key.fingerprint) ??
      sealLinkProblem(previous, seal) ??
      (event.position <= seal.toPosition ? `is stored at position ${event.position}, inside the range it seals` : null);
    // The chain walk goes on from a bad seal too, so one bad seal is reported once.
    previous = seal;
    if (problem) problems.push({ kind: 'seal', sealNumber: seal.sealNumber, message: `${where}: ${problem}` });
    else seals.push(seal);
  }
  return { valid: seals, stored: byNumber };
}

function differingFields(a: Seal, b: Seal): string[] {
  return (Object.keys(b) as (keyof Seal)[]).filter((field) => a[field] !== b[field]);
}

function parsed(event: StoredSealEvent, where: string, problems: SealProblem[]): Seal | null {
  if (event.type !== SEAL_EVENT_TYPE) {
    problems.push({ kind: 'seal', message: `${where}: an event of type ${event.type}, not ${SEAL_EVENT_TYPE}` });
    return null;
  }
  try {
    return parseSeal(event.data, where);
  } catch (error) {
    problems.push({ kind: 'seal', message: (error as Error).message });
    return null;
  }
}

function rangeOf(seal: Seal, source: SealRange['source']): SealRange {
  const { sealNumber, fromPosition, toPosition, count, merkleRoot } = seal;
  return { sealNumber, fromPosition, toPosition, count, merkleRoot, source };
}
