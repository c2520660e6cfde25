import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { AppendOutcome, ExpectedState, LogPoint, StoredRecord } from './double-log';

/**
 * Protobuf in and out for the double: the only place that knows field names of streams.proto.
 * Numbers the protocol carries as decimal strings (revisions, positions, counts) are parsed here.
 */

export function streamName(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function expectedState(options: AppendReq.Options): ExpectedState {
  if (options.hasRevision()) return { revision: Number(options.getRevision()) };
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}

/** Counts arrive as uint64 strings, often 2^53 - 1 for "everything". */
export function readCount(options: ReadReq.Options): number {
  const count = BigInt(options.getCount() || '0');
  return count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count);
}

export function streamStart(options: ReadReq.Options.StreamOptions): 'start' | 'end' | number {
  if (options.hasEnd()) return 'end';
  if (options.hasRevision()) return Number(options.getRevision());
  return 'start';
}

export function logPoint(options: ReadReq.Options.AllOptions): LogPoint {
  if (options.hasEnd()) return 'end';
  const position = options.getPosition();
  if (!options.hasPosition() || position === undefined) return 'start';
  const commit = BigInt(position.getCommitPosition());
  // Outside explicit transactions both halves are equal; a pair that is not points inside nothing.
  return commit === BigInt(position.getPreparePosition()) ? commit : -1n;
}

/** The server-side filter of a read or subscription on $all, as a predicate. */
export function recordFilter(options: ReadReq.Options): (record: StoredRecord) => boolean {
  const filter = options.hasFilter() ? options.getFilter() : undefined;
  if (filter === undefined) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression?.getPrefixList() ?? [];
  return (record) => {
    const subject = onStream ? record.stream : record.type;
    if (regex !== undefined) return regex.test(subject);
    return prefixes.length === 0 || prefixes.some((prefix) => subject.startsWith(prefix));
  };
}

export function eventMessage(record: StoredRecord, fromAll: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(record.id))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(record.stream, 'utf8')))
    .setStreamRevision(String(record.revision))
    // Servers since 2022 fill these on stream reads too; the adapter relies on it.
    .setCommitPosition(String(record.position))
    .setPreparePosition(String(record.position))
    .setCustomMetadata(record.customMetadata)
    .setData(record.data);
  recorded.getMetadataMap().set('type', record.type).set('content-type', record.contentType).set('created', String(record.created));
  const event = new ReadResp.ReadEvent().setEvent(recorded);
  if (fromAll) event.setCommitPosition(String(record.position));
  else event.setNoPosition(new Empty());
  return new ReadResp().setEvent(event);
}

export function streamNotFoundMessage(stream: string): ReadResp {
  const identifier = new StreamIdentifier().setStreamName(Buffer.from(stream, 'utf8'));
  return new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(identifier));
}

export function appendResponse(outcome: AppendOutcome, expected: ExpectedState): AppendResp {
  switch (outcome.kind) {
    case 'written': {
      // Which position a real server reports for a multi-event write is not documented; the
      // adapter reads the events back rather than rely on it, so the double reports the last one.
      const position = new AppendResp.Position().setCommitPosition(String(outcome.last.position)).setPreparePosition(String(outcome.last.position));
      return new AppendResp().setSuccess(new AppendResp.Success().setCurrentRevision(String(outcome.last.revision)).setPosition(position));
    }
    case 'idempotent':
      return new AppendResp().setSuccess(new AppendResp.Success().setCurrentRevision(String(outcome.lastRevision)).setNoPosition(new Empty()));
    case 'wrong_expected_version': {
      const wrong = new AppendResp.WrongExpectedVersion();
      if (outcome.current === null) wrong.setCurrentNoStream(new Empty());
      else wrong.setCurrentRevision(String(outcome.current));
      if (expected === 'any') wrong.setExpectedAny(new Empty());
      else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
      else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
      else wrong.setExpectedRevision(String(expected.revision));
      return new AppendResp().setWrongExpectedVersion(wrong);
    }
  }
}
