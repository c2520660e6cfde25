import { SingleBar } from 'cli-progress';
import { ReplayProgress } from '@app/projections/replay/replay-progress';

/** events/s is measured over this much recent time, so the figure follows the current pace. */
const RATE_WINDOW_MS = 5000;
const FLOWING: ReadonlySet<ReplayProgress['phase']> = new Set(['rebuilding', 'catching-up']);

/**
 * Draws a rebuild's progress: how far through the log, events applied, events per second and the
 * time left. Positions are not dense, so the bar follows positions while the counts are real
 * events; the time left is the events still expected (in proportion to the positions still ahead)
 * at the current pace. Without a terminal it prints a line every two seconds instead.
 */
export class ReplayProgressBar {
  private readonly bar: SingleBar;
  private readonly samples: Array<{ at: number; events: number }> = [];
  private startedAt = 0;

  constructor(stream: NodeJS.WritableStream = process.stderr) {
    this.bar = new SingleBar({
      format: '{phase} |{bar}| {percentage}% | {events} events | {rate} events/s | ETA {remaining}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      stream: stream as NodeJS.WriteStream,
    });
  }

  update(progress: ReplayProgress): void {
    const now = Date.now();
    const total = Math.max(1, progress.head - progress.from + 1);
    const value = progress.phase === 'done' ? total : Math.min(total, Math.max(0, progress.position - progress.from + 1));
    const rate = this.rate(now, progress);
    const payload = { phase: progress.phase.padEnd(11), events: progress.events.toLocaleString('en-US'), rate: Math.round(rate).toLocaleString('en-US'), remaining: timeLeft(progress, value / total, rate) };
    if (this.startedAt === 0) {
      this.startedAt = now;
      this.bar.start(total, value, payload);
      return;
    }
    this.bar.setTotal(total);
    this.bar.update(value, payload);
  }

  stop(): void {
    if (this.startedAt !== 0) this.bar.stop();
  }

  /** The recent pace while events flow; the average of the whole run once they no longer do. */
  private rate(now: number, progress: ReplayProgress): number {
    this.samples.push({ at: now, events: progress.events });
    while (this.samples.length > 2 && now - this.samples[0].at > RATE_WINDOW_MS) this.samples.shift();
    const since = FLOWING.has(progress.phase) ? this.samples[0] : { at: this.startedAt || now, events: 0 };
    const seconds = (now - since.at) / 1000;
    return seconds > 0 ? (progress.events - since.events) / seconds : 0;
  }
}

function timeLeft(progress: ReplayProgress, done: number, rate: number): string {
  if (!FLOWING.has(progress.phase)) return '0s';
  if (done <= 0 || rate <= 0) return '…';
  const remaining = (progress.events / done - progress.events) / rate;
  const seconds = Math.round(remaining);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
