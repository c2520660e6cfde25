import { GENESIS_HASH, linkHash } from '@app/event-store';
import { ChainProblem, LogProblem } from './log-problem';
import { ChunkResult } from './chunk-scan';

export interface StitchedLog {
  events: number;
  streams: number;
  unsealedEvents: number;
  /** Every chunk's problems and those found at the seams, in log order. */
  problems: LogProblem[];
  problemCount: number;
}

/**
 * Joins the chunks' findings in log order. Each stream's first event in a chunk must follow the
 * stream's last event in the chunks before (or be revision 0 on the genesis hash): exactly the
 * check a single pass makes at that event, so the split changes nothing in what is found.
 */
export function stitchChunks(chunks: readonly ChunkResult[], maxProblems = 100): StitchedLog {
  const heads = new Map<string, { revision: number; hash: string }>();
  const problems: LogProblem[] = [];
  let problemCount = 0;
  for (const chunk of chunks) {
    for (const first of chunk.firsts) {
      const head = heads.get(first.stream);
      const revision = head ? head.revision + 1 : 0;
      const where = { kind: 'chain' as const, stream: first.stream, revision, position: first.position, foundRevision: first.revision };
      let problem: ChainProblem | null = null;
      if (first.revision > revision) problem = { ...where, reason: 'revision_gap' };
      else if (first.revision < revision) problem = { ...where, reason: 'revision_order' };
      else {
        const expectedHash = linkHash(head ? head.hash : GENESIS_HASH, revision, first.digest);
        if (expectedHash !== first.hash) problem = { ...where, reason: 'hash_mismatch', expectedHash, foundHash: first.hash };
      }
      if (problem) {
        problems.push(problem);
        problemCount += 1;
      }
    }
    for (const last of chunk.lasts) heads.set(last.stream, { revision: last.revision, hash: last.hash });
    problems.push(...chunk.problems);
    problemCount += chunk.problemCount;
  }
  return {
    events: chunks.reduce((sum, chunk) => sum + chunk.events, 0),
    streams: heads.size,
    unsealedEvents: chunks.reduce((sum, chunk) => sum + chunk.unsealedEvents, 0),
    problems: problems.sort((a, b) => logOrder(a) - logOrder(b)).slice(0, maxProblems),
    problemCount,
  };
}

/** Where in the log a problem shows: a chain break at its event, a seal's range at its end. */
function logOrder(problem: LogProblem): number {
  if (problem.kind === 'chain') return problem.position;
  if (problem.kind === 'seal_range') return problem.toPosition + 0.5;
  return -1;
}
