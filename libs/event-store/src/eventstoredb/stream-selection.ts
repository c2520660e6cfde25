import { ReadStreamOptions } from '../event-store.port';
import { RecordedEvent } from '../event.types';
import { PAGE_SIZE } from './esdb-reads';

/** Pages of one stream from a revision (or its end) in one direction, as the server returns them. */
export type StreamPages = (from: number | 'end', backwards: boolean, pageSize: number) => AsyncIterable<RecordedEvent[]>;

/**
 * readStream's options over paged server reads: revision bounds and direction go to the server,
 * asOf and untilPosition are applied here, then limit, so it counts only events the caller asked
 * for. Going backwards, `from` is the highest revision returned and `to` the lowest.
 */
export async function selectFromStream(options: ReadStreamOptions, pages: StreamPages): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const low = Math.max((backwards ? options.to : options.from) ?? 0, 0);
  const high = (backwards ? options.from : options.to) ?? Number.POSITIVE_INFINITY;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const asOf = options.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const untilPosition = options.untilPosition ?? Number.POSITIVE_INFINITY;
  const selected: RecordedEvent[] = [];
  if (limit <= 0 || high < low) return selected;

  // Without time or position filters every event read is returned, so read no more than needed.
  const filtered = options.asOf !== undefined || options.untilPosition !== undefined;
  const wanted = Math.min(high - low + 1, filtered ? Number.POSITIVE_INFINITY : limit);
  const pageSize = Math.max(1, Math.min(wanted, PAGE_SIZE));
  const start = backwards ? (high === Number.POSITIVE_INFINITY ? 'end' : high) : low;

  for await (const page of pages(start, backwards, pageSize)) {
    for (const event of page) {
      if (backwards ? event.revision < low : event.revision > high) return selected;
      // Forwards, positions only grow, so nothing after the first event past the bound qualifies.
      if (!backwards && event.position > untilPosition) return selected;
      if (event.recordedAt.getTime() <= asOf && event.position <= untilPosition) selected.push(event);
      if (selected.length >= limit) return selected;
    }
  }
  return selected;
}
