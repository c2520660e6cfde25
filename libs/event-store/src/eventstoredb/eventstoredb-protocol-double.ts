import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { DoubleLog, StoredRecord } from './protocol-double/double-log';
import { ReceivedAppend, streamsService } from './protocol-double/streams-service';

export interface ProtocolDoubleOptions {
  /** Bytes of data and metadata one append may carry; real servers default to 1 MiB. */
  maxAppendSize?: number;
  clock?: () => Date;
}

const STREAMS_SERVICE = 'event_store.client.streams.Streams';

/**
 * An in-process gRPC server that speaks the part of EventStoreDB's client protocol the adapter
 * uses, built from the service definitions and messages that @eventstore/db-client ships, over an
 * in-memory log. It is a protocol double, not EventStoreDB: it models optimistic concurrency,
 * idempotency on event ids at the same place, $all positions with gaps, stream-not-found, $all
 * filters and catch-up subscriptions. It does not model persistence, clusters, security, deletes,
 * stream metadata, projections, explicit transactions, checkpoints or flow control.
 *
 * ServerFeatures lists Read and Append only, so the client appends with Streams.Append rather than
 * BatchAppend, which the double does not implement.
 */
export class EventStoreDbProtocolDouble {
  private constructor(
    private readonly server: Server,
    private readonly log: DoubleLog,
    readonly port: number,
    /** Every append received, in arrival order, as the client encoded it. */
    readonly appends: readonly ReceivedAppend[],
  ) {}

  static async start(options: ProtocolDoubleOptions = {}): Promise<EventStoreDbProtocolDouble> {
    const log = new DoubleLog(options.clock);
    const server = new Server();
    const appends: ReceivedAppend[] = [];
    server.addService(StreamsService, streamsService(log, { maxAppendSize: options.maxAppendSize ?? 1024 * 1024, onAppend: (received) => appends.push(received) }));
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: unknown, callback: (error: null, methods: SupportedMethods) => void) => callback(null, supportedMethods()),
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    const double = new EventStoreDbProtocolDouble(server, log, port, appends);
    // A fresh real server already holds system events; one stands in for them so readers must skip it.
    double.appendSystemEvent('$settings', '$settings');
    return double;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Writes an event the way the server writes its own ($-prefixed stream and type). */
  appendSystemEvent(stream: string, type: string): StoredRecord {
    const data = Buffer.from('{}');
    const outcome = this.log.append(stream, 'any', [{ id: randomUUID(), type, contentType: 'application/json', data, customMetadata: new Uint8Array() }]);
    if (outcome.kind !== 'written') throw new Error(`system event not written: ${outcome.kind}`);
    return outcome.last;
  }

  async stop(): Promise<void> {
    // Open subscriptions would keep a graceful shutdown waiting forever.
    this.server.forceShutdown();
  }
}

function supportedMethods(): SupportedMethods {
  const methods = ['Read', 'Append'].map((name) => new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName(name));
  return new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('0.0.0-protocol-double');
}
