import { randomUUID } from 'node:crypto';
import { Metadata, ServerReadableStream, ServerWritableStream, status } from '@grpc/grpc-js';
import { IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { DoubleLog, ExpectedState, InvalidLogPosition, ProposedRecord } from './double-log';
import {
  appendResponse,
  eventMessage,
  expectedState,
  logPoint,
  readCount,
  recordFilter,
  streamName,
  streamNotFoundMessage,
  streamStart,
} from './double-messages';

/** One append as the double received it, bytes untouched, for tests of what the adapter sends. */
export interface ReceivedAppend {
  stream: string;
  expected: ExpectedState;
  messages: Array<{ id: string; metadata: Record<string, string>; customMetadata: Buffer; data: Buffer }>;
}

export interface StreamsServiceOptions {
  /** The server's default limit on the bytes of one append (data and metadata of all its events). */
  maxAppendSize: number;
  onAppend(received: ReceivedAppend): void;
}

type Handlers = Pick<IStreamsServer, 'read' | 'append'>;

/**
 * Streams.Read (stream reads, $all reads, $all subscriptions) and Streams.Append over a DoubleLog.
 * Delete, Tombstone, BatchAppend and stream subscriptions are left to grpc-js's UNIMPLEMENTED.
 */
export function streamsService(log: DoubleLog, options: StreamsServiceOptions): Handlers {
  return {
    read(call) {
      try {
        const request = call.request.getOptions();
        if (request === undefined) throw failure(status.INVALID_ARGUMENT, 'read options are required');
        if (request.getUuidOption()?.hasStructured()) throw failure(status.UNIMPLEMENTED, 'structured UUIDs are not modelled');
        if (request.hasSubscription()) {
          if (!request.hasAll()) throw failure(status.UNIMPLEMENTED, 'stream subscriptions are not modelled');
          subscribeToAll(log, call, request);
        } else if (request.hasStream()) {
          readStream(log, call, request);
        } else {
          readAll(log, call, request);
        }
      } catch (error) {
        // grpc-js turns an error event on a server stream into the call's status.
        call.emit('error', asServiceError(error));
      }
    },

    append(call, callback) {
      collectAppend(call)
        .then((received) => {
          options.onAppend(received);
          const size = received.messages.reduce((sum, message) => sum + message.data.length + message.customMetadata.length, 0);
          if (size > options.maxAppendSize) {
            const metadata = exceptionMetadata('maximum-append-size-exceeded');
            metadata.set('maximum-append-size', String(options.maxAppendSize));
            return callback({ code: status.INVALID_ARGUMENT, details: 'Maximum Append Size Exceeded', metadata });
          }
          const proposed = received.messages.map(toProposed);
          callback(null, appendResponse(log.append(received.stream, received.expected, proposed), received.expected));
        })
        .catch((error: unknown) => callback(asServiceError(error)));
    },
  };
}

function readStream(log: DoubleLog, call: ServerWritableStream<ReadReq, ReadResp>, request: ReadReq.Options): void {
  const options = request.getStream() as ReadReq.Options.StreamOptions;
  const stream = streamName(options.getStreamIdentifier());
  const backwards = request.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const records = log.readStream(stream, streamStart(options), backwards, readCount(request));
  if (records === null) call.write(streamNotFoundMessage(stream));
  else for (const record of records) call.write(eventMessage(record, false));
  call.end();
}

function readAll(log: DoubleLog, call: ServerWritableStream<ReadReq, ReadResp>, request: ReadReq.Options): void {
  const options = request.getAll() as ReadReq.Options.AllOptions;
  const backwards = request.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const records = log.readAll(logPoint(options), backwards, readCount(request), recordFilter(request));
  for (const record of records) call.write(eventMessage(record, true));
  call.end();
}

/**
 * Confirmation, the history after the start point (exclusive, as on a real server), a caught-up
 * marker (servers since 23.10 send one), then every new matching record as it is appended.
 * History and registration happen in one synchronous turn, so no append falls between them.
 * Checkpoint messages and flow control are not modelled: live records are written as they come.
 */
function subscribeToAll(log: DoubleLog, call: ServerWritableStream<ReadReq, ReadResp>, request: ReadReq.Options): void {
  const keep = recordFilter(request);
  const history = log.after(logPoint(request.getAll() as ReadReq.Options.AllOptions));
  call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
  for (const record of history) if (keep(record)) call.write(eventMessage(record, true));
  call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
  const unsubscribe = log.onAppend((record) => {
    if (keep(record)) call.write(eventMessage(record, true));
  });
  call.on('cancelled', unsubscribe);
  call.on('close', unsubscribe);
  call.on('error', unsubscribe);
}

function collectAppend(call: ServerReadableStream<AppendReq, AppendResp>): Promise<ReceivedAppend> {
  return new Promise((resolve, reject) => {
    let header: AppendReq.Options | undefined;
    const messages: ReceivedAppend['messages'] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) header = request.getOptions();
      const proposed = request.getProposedMessage();
      if (proposed === undefined) return;
      messages.push({
        id: proposed.getId()?.getString() ?? '',
        metadata: Object.fromEntries(proposed.getMetadataMap().toArray()),
        customMetadata: Buffer.from(proposed.getCustomMetadata_asU8()),
        data: Buffer.from(proposed.getData_asU8()),
      });
    });
    call.on('error', reject);
    call.on('end', () => {
      if (header === undefined) return reject(failure(status.INVALID_ARGUMENT, 'the first append message must carry options'));
      resolve({ stream: streamName(header.getStreamIdentifier()), expected: expectedState(header), messages });
    });
  });
}

function toProposed(message: ReceivedAppend['messages'][number]): ProposedRecord {
  const type = message.metadata['type'];
  const contentType = message.metadata['content-type'];
  if (type === undefined || contentType === undefined) {
    const metadata = exceptionMetadata('missing-required-metadata-property');
    metadata.set('required-metadata-properties', 'type,content-type');
    throw Object.assign(failure(status.INVALID_ARGUMENT, 'required metadata properties are missing'), { metadata });
  }
  return { id: message.id, type, contentType, data: message.data, customMetadata: message.customMetadata };
}

interface ServiceFailure extends Error {
  code: status;
  details: string;
  metadata: Metadata;
}

function failure(code: status, details: string): ServiceFailure {
  return Object.assign(new Error(details), { code, details, metadata: new Metadata() });
}

function exceptionMetadata(exception: string): Metadata {
  const metadata = new Metadata();
  metadata.set('exception', exception);
  return metadata;
}

function asServiceError(error: unknown): ServiceFailure {
  if (error instanceof InvalidLogPosition) return failure(status.INVALID_ARGUMENT, error.message);
  if (error instanceof Error && 'code' in error) return error as ServiceFailure;
  return failure(status.INTERNAL, error instanceof Error ? error.message : String(error));
}
