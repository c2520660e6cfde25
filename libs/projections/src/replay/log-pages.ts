import { EventStore, RecordedEvent } from '@app/event-store';

/**
 * Hands `handle` the log's events from `from` up to `through` (inclusive; the head when omitted),
 * page by page in global order. The next page is read while the current one is handled, since a
 * rebuild is bound by reading as much as by writing. Stops early when `shouldStop` says so between
 * pages; returns the last position handed over (from - 1 when none).
 */
export async function forEachPage(
  store: EventStore,
  range: { from: number; through?: number; pageSize: number },
  handle: (events: RecordedEvent[]) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  const { pageSize, through } = range;
  const read = (fromPosition: number) => store.readAll({ fromPosition, limit: pageSize });
  let last = range.from - 1;
  let next = read(range.from);
  while (!shouldStop()) {
    const page = await next;
    const wanted = through === undefined ? page : page.filter((event) => event.position <= through);
    const more = page.length === pageSize && wanted.length === page.length;
    if (more) {
      next = read(page[page.length - 1].position + 1);
      // Observed on the next turn; if handling fails first, the read is simply dropped.
      next.catch(() => undefined);
    }
    if (wanted.length > 0) {
      await handle(wanted);
      last = wanted[wanted.length - 1].position;
    }
    if (!more) break;
  }
  return last;
}
