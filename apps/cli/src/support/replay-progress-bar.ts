import { SingleBar } from 'cli-progress';
import { ReplayProgress } from '@app/projections/replay/replay-progress';

/** events/s is measured over this much recent time, so the figure follows the current pace. */
const RATE_WINDOW_MS = 5000;

/**
 * Draws a rebuild's progress: how far through the log, events applied, events per second and the
 * time left. Positions are not dense, so the bar and its ETA follow positions while the counts
 * are real events. Without a terminal it prints a line every two seconds instead.
 */
export class ReplayProgressBar {
  private readonly bar: SingleBar;
  private readonly samples: Array<{ at: number; events: number }> = [];
  private started = false;

  constructor(stream: NodeJS.WritableStream = process.stderr) {
    this.bar = new SingleBar({
      format: '{phase} |{bar}| {percentage}% | {events} events | {rate} events/s | ETA {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      etaBuffer: 40,
      stream: stream as NodeJS.WriteStream,
    });
  }

  update(progress: ReplayProgress): void {
    const now = Date.now();
    this.samples.push({ at: now, events: progress.events });
    while (this.samples.length > 2 && now - this.samples[0].at > RATE_WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const seconds = (now - first.at) / 1000;
    const rate = seconds > 0 ? (progress.events - first.events) / seconds : 0;
    const total = Math.max(1, progress.head - progress.from + 1);
    const value = Math.min(total, Math.max(0, progress.position - progress.from + 1));
    const payload = { phase: progress.phase.padEnd(11), events: progress.events.toLocaleString('en-US'), rate: Math.round(rate).toLocaleString('en-US') };
    if (!this.started) {
      this.started = true;
      this.bar.start(total, value, payload);
      return;
    }
    this.bar.setTotal(total);
    this.bar.update(progress.phase === 'done' ? total : value, payload);
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}
