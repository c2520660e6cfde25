import { parentPort, workerData } from 'node:worker_threads';
import { Client, ClientConfig } from 'pg';
import { scanChunk, ScanOptions } from '../postgres/scan-chunk';
import { Chunk } from './chunk-scan';
import { SealRange } from './seal-ranges';

/** What a verify thread is started with: its own connection, joined to the verifier's snapshot. */
export interface ChunkWorkerData {
  connection: ClientConfig;
  snapshot: string;
  options: ScanOptions;
}

export type ChunkRequest = { index: number; chunk: Chunk; ranges: SealRange[] } | 'close';

/**
 * A verify thread: scans the chunks it is handed, one at a time, on a connection that imported
 * the main connection's snapshot, so every thread sees exactly the same log.
 */
const { connection, snapshot, options } = workerData as ChunkWorkerData;
const client = new Client(connection);
const ready = (async () => {
  await client.connect();
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  // SET takes no parameters; the id's form was checked by the verifier (hex digits and dashes).
  await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
})();
ready.catch(() => undefined);

parentPort!.on('message', (request: ChunkRequest) => {
  if (request === 'close') {
    void client.end().finally(() => parentPort!.close());
    return;
  }
  ready
    .then(() => scanChunk(client, request.chunk, request.ranges, options))
    .then(
      (result) => parentPort!.postMessage({ index: request.index, result }),
      (error: unknown) => parentPort!.postMessage({ index: request.index, error: error instanceof Error ? error.message : String(error) }),
    );
});
