import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChunkResult, Chunk } from './chunk-scan';
import { ChunkRequest, ChunkWorkerData } from './chunk-worker';
import { SealRange } from './seal-ranges';

/**
 * Where the thread's code is: the compiled chunk-worker.js beside this file in a build; from the
 * TypeScript sources (tests, benchmarks run with the compile-on-require hook) the .ts file, with
 * the same hook the project's child processes use.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const compiled = join(__dirname, 'chunk-worker.js');
  if (existsSync(compiled)) return { file: compiled };
  const hook = resolve(__dirname, '../../../../test/workers-child-register.js');
  if (!existsSync(hook)) throw new Error(`no compiled chunk-worker.js in ${__dirname}; verify with threads: 0`);
  return { file: join(__dirname, 'chunk-worker.ts'), execArgv: ['-r', hook] };
}

/**
 * Scans the chunks on `threads` worker threads, each taking the next chunk when done with one;
 * resolves with the results in chunk order. Any failure stops every thread and rejects.
 */
export async function scanInThreads(
  chunks: readonly Chunk[],
  rangesOf: (chunk: Chunk) => SealRange[],
  threads: number,
  data: ChunkWorkerData,
): Promise<ChunkResult[]> {
  const entry = workerEntry();
  const results: ChunkResult[] = new Array(chunks.length);
  let next = 0;
  const workers: Worker[] = [];
  const run = (worker: Worker) =>
    new Promise<void>((done, fail) => {
      const handOut = () => {
        if (next >= chunks.length) {
          worker.postMessage('close' satisfies ChunkRequest);
          return;
        }
        const index = next++;
        worker.postMessage({ index, chunk: chunks[index], ranges: rangesOf(chunks[index]) } satisfies ChunkRequest);
      };
      worker.on('message', (message: { index: number; result?: ChunkResult; error?: string }) => {
        if (message.error !== undefined) return fail(new Error(`verify thread: ${message.error}`));
        results[message.index] = message.result!;
        handOut();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => (next >= chunks.length && code === 0 ? done() : fail(new Error(`verify thread exited with code ${code}`))));
      handOut();
    });
  try {
    for (let index = 0; index < Math.min(threads, chunks.length); index += 1) {
      workers.push(new Worker(entry.file, { workerData: data, execArgv: entry.execArgv }));
    }
    await Promise.all(workers.map(run));
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
