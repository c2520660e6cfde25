import { ReadStreamOptions } from '../event-store.port';
import { RecordedEvent } from '../event.types';

/**
 * Applies readStream's options to one stream's events (held in revision order). Filters first,
 * then direction, then limit, so `limit` always counts events the caller actually asked for.
 * Going backwards, `from` is the highest revision returned and `to` the lowest.
 */
export function selectRevisions(events: readonly RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const backwards = options.direction === 'backwards';
  const low = (backwards ? options.to : options.from) ?? 0;
  const high = (backwards ? options.from : options.to) ?? Number.POSITIVE_INFINITY;
  const asOf = options.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const untilPosition = options.untilPosition ?? Number.POSITIVE_INFINITY;
  const selected = events.filter(
    (event) =>
      event.revision >= low &&
      event.revision <= high &&
      event.recordedAt.getTime() <= asOf &&
      event.position <= untilPosition,
  );
  if (backwards) selected.reverse();
  return options.limit === undefined ? selected : selected.slice(0, Math.max(options.limit, 0));
}
