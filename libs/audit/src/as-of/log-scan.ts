import { EventStore, RecordedEvent } from '@app/event-store';
import { AsOfLimit, isWithin } from './as-of-limit';

/**
 * Writers stamp `recordedAt` just before their append, so in the global log an event never sits
 * after one recorded more than this much later, unless writers' clocks disagree by more (they do
 * not, on synchronised servers). A scan up to an instant can therefore stop at the first event
 * recorded this long after it instead of reading the log to its end.
 */
export const CLOCK_MARGIN_MS = 5 * 60_000;
const PAGE = 5000;

/**
 * Hands over, page by page in global order, every event of the log within `limit`, and stops as
 * soon as nothing later can be within it. The next page is read while the current one is handled,
 * so a scan of the whole log costs little more than reading it once.
 */
export async function scanLog(
  store: EventStore,
  limit: AsOfLimit,
  handle: (events: readonly RecordedEvent[]) => void,
  pageSize = PAGE,
): Promise<void> {
  const read = (fromPosition: number) => store.readAll({ fromPosition, limit: pageSize });
  let next = read(0);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    const done = page.length < pageSize || page.some((event) => isPast(limit, event));
    if (!done) {
      next = read(page[page.length - 1].position + 1);
      // Observed on the next turn; if handling throws first, the read is simply dropped.
      next.catch(() => undefined);
    }
    handle(page.filter((event) => isWithin(limit, event)));
    if (done) return;
  }
}

/** Past the limit, and so is everything after it in the log. */
function isPast(limit: AsOfLimit, event: RecordedEvent): boolean {
  return 'at' in limit ? event.recordedAt.getTime() > limit.at.getTime() + CLOCK_MARGIN_MS : event.position > limit.position;
}
