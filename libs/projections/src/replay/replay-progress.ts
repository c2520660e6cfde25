/** What a rebuild reports as it goes, for a progress bar or a log line. */
export interface ReplayProgress {
  phase: 'rebuilding' | 'indexing' | 'catching-up' | 'swapping' | 'comparing' | 'done' | 'stopped';
  /** Last global position committed to the shadow tables (-1 before the first). */
  position: number;
  /** The first position this run applied (before it has applied any: where it starts reading). */
  from: number;
  /** The head of the log when last looked at; it moves while the live system keeps writing. */
  head: number;
  /** Events this run has applied so far. */
  events: number;
}

/** Awaited before the next batch, so keep it quick (drawing a bar, writing a line). */
export type ProgressListener = (progress: ReplayProgress) => void | Promise<void>;
