import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CALENDAR_STREAM, CalendarOverride } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { RuleBook } from './rule-book';

const REFRESH_MS = 5000;

/**
 * Keeps the rule book's working-day calendar in step with the days administrators declare (events
 * of one stream): at start-up, after a declaration made through this process, and every few
 * seconds for declarations made through another process.
 */
@Injectable()
export class CalendarSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private revision = -1;
  private overrides: CalendarOverride[] = [];
  private timer?: NodeJS.Timeout;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly rules: RuleBook,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Refreshes run one after another so concurrent callers never apply a day twice. */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.catch(() => undefined).then(() => this.readNewDays());
    return this.refreshing;
  }

  private async readNewDays(): Promise<void> {
    const fresh = await this.store.readStream(CALENDAR_STREAM, { from: this.revision + 1 });
    if (fresh.length === 0) return;
    this.overrides = this.overrides.concat(fresh.map((event) => event.data as CalendarOverride));
    this.revision = fresh[fresh.length - 1].revision;
    this.rules.useCalendarOverrides(this.overrides.map(({ date, kind, reason }) => ({ date, kind, reason })));
  }
}
