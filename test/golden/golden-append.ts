import { Client, Pool } from 'pg';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { GoldenEvent } from './golden-files';

/**
 * Appends a recorded history into a database as it was first written: the events of one command
 * (same stream, same command id) together, each at the instant it was recorded and with the
 * revision it had, so ids, times and hashes come out as they were. Returns the last position.
 */
export async function appendGoldenHistory(pool: Pool, connect: () => Client, history: readonly GoldenEvent[]): Promise<number> {
  let clock = new Date(0);
  const store = new PostgresEventStore({ pool, connect, clock: () => clock });
  try {
    let last = -1;
    for (let start = 0; start < history.length; ) {
      let end = start + 1;
      while (end < history.length && sameCommand(history[start], history[end])) end++;
      const group = history.slice(start, end);
      clock = new Date(group[0].recordedAt);
      const first = group[0].revision;
      const events = group.map(({ id, type, schemaVersion, data, metadata }) => ({ id, type, schemaVersion, data, metadata }));
      last = (await store.append(group[0].stream, events, first === 0 ? 'no_stream' : first - 1)).position;
      start = end;
    }
    return last;
  } finally {
    await store.close();
  }
}

function sameCommand(a: GoldenEvent, b: GoldenEvent): boolean {
  return a.stream === b.stream && a.metadata.commandId !== undefined && a.metadata.commandId === b.metadata.commandId && b.revision === a.revision + 1;
}
