import { LogProblem } from './log-problem';
import { SealRange, SealRanges } from './seal-ranges';
import { StoredEvent } from './stored-event';
import { FirstEvent, LastEvent, StreamChains } from './stream-chains';

/** A stretch of the log, positions fromPosition..toPosition; no seal range straddles two chunks. */
export interface Chunk {
  fromPosition: number;
  toPosition: number;
}

/** What one chunk's pass found, in a form that crosses a thread boundary (structured clone). */
export interface ChunkResult {
  events: number;
  unsealedEvents: number;
  firsts: FirstEvent[];
  lasts: LastEvent[];
  problems: LogProblem[];
  problemCount: number;
}

/**
 * The pass over one chunk, in position order: each event is checked against its stream's chain
 * and added to the seal range it falls in. Framework-free and storage-free: the caller feeds pages.
 */
export class ChunkScan {
  private readonly chains = new StreamChains();
  private readonly seals: SealRanges;
  private readonly problems: LogProblem[] = [];
  private problemCount = 0;
  private events = 0;
  private unsealed = 0;

  constructor(
    ranges: readonly SealRange[],
    private readonly sealedThrough: number,
    private readonly maxProblems = 100,
  ) {
    this.seals = new SealRanges(ranges, (problem) => this.report(problem));
  }

  add(events: readonly StoredEvent[]): void {
    for (const event of events) {
      const problem = this.chains.check(event);
      if (problem) this.report(problem);
      this.seals.add(event.position, event.hash);
      if (event.position > this.sealedThrough) this.unsealed += 1;
    }
    this.events += events.length;
  }

  finish(): ChunkResult {
    this.seals.finish();
    return {
      events: this.events,
      unsealedEvents: this.unsealed,
      firsts: this.chains.firsts,
      lasts: this.chains.lasts(),
      problems: this.problems,
      problemCount: this.problemCount,
    };
  }

  private report(problem: LogProblem): void {
    this.problemCount += 1;
    if (this.problems.length < this.maxProblems) this.problems.push(problem);
  }
}
