/** Command time for scenarios: starts on a working Monday and moves forward with every command. */
export class TestClock {
  private current: number;
  private stepMs = 60 * 60 * 1000;

  constructor(start = '2025-06-02T02:00:00.000Z') {
    this.current = Date.parse(start);
  }

  /** The next command's "now": one hour after the previous one, unless frozen. */
  tick(): Date {
    this.current += this.stepMs;
    return new Date(this.current);
  }

  /** Until `resume`, every command happens at the same instant (for ties in sort orders). */
  freeze(): void {
    this.stepMs = 0;
  }

  resume(): void {
    this.stepMs = 60 * 60 * 1000;
  }

  /**
   * Moves time forward so that the next command happens exactly at `at` (a deadline falling due);
   * never backwards, so an instant already passed leaves the clock where it is.
   */
  advanceTo(at: Date | string): void {
    this.current = Math.max(this.current, new Date(at).getTime() - this.stepMs);
  }

  peek(): Date {
    return new Date(this.current);
  }

  /** An instant `days` days after the current one, as a due date. */
  daysAhead(days: number): string {
    return new Date(this.current + days * 24 * 60 * 60 * 1000).toISOString();
  }
}
