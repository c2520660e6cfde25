import { ClientConfig, Pool, PoolClient } from 'pg';
import { SealArchive } from '../archive/seal-archive';
import { SealPublicKey } from '../keys/seal-key-file';
import { chunkCuts } from '../postgres/chunk-cuts';
import { scanChunk, ScanOptions } from '../postgres/scan-chunk';
import { storedSealEvents } from '../postgres/seal-stream';
import { Chunk, ChunkResult } from './chunk-scan';
import { chunksAt, rangesIn } from './chunk-plan';
import { scanInThreads } from './chunk-threads';
import { LogProblem } from './log-problem';
import { checkSealAnchors, SealAnchors } from './seal-anchors';
import { SealRange, SealRanges } from './seal-ranges';
import { stitchChunks } from './stitch-chunks';

export interface LogReport {
  events: number;
  streams: number;
  /** Highest position a seal covers (-1: none), and how many stored events lie beyond it. */
  sealedThrough: number;
  unsealedEvents: number;
  /** The first problems found (up to maxProblems), in the order found; `problemCount` counts all. */
  problems: LogProblem[];
  problemCount: number;
  databaseSeals: number;
  archivedSeals: number;
  archive: string;
  /** Number and end of the last seal held outside (null: none). */
  lastArchivedSeal: { sealNumber: number; toPosition: number } | null;
  threads: number;
  durationMs: number;
}

/** Seals exist but there is no public key to check them with. */
export class MissingSealKey extends Error {
  constructor(readonly keyFile: string) {
    super(`there are seals to check but no public key at ${keyFile} (SEAL_KEY_FILE, or the .pub.pem beside it)`);
    this.name = 'MissingSealKey';
  }
}

export interface VerifyLogOptions {
  pool: Pool;
  archive: SealArchive;
  /** null when no key exists yet: allowed only while there are no seals. */
  publicKey: SealPublicKey | null;
  keyFile: string;
  /** Worker threads scanning chunks of the log in parallel; 0 (the default) scans in this thread. */
  threads?: number;
  /** Smallest chunk worth a thread (default 50,000 events): a short log is scanned in this thread. */
  minEventsPerChunk?: number;
  pageSize?: number;
  maxProblems?: number;
}

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;

/**
 * `verify`: the seals first (signatures, chain, and the copies held outside against the
 * database's), then every stored event once, in position order, checking each stream's chain and
 * recomputing each seal's Merkle root and count.
 *
 * Everything is read from one REPEATABLE READ READ ONLY snapshot, which the threads import, so
 * the seals and the events are one consistent picture; a read-only transaction takes no
 * transaction id and so never holds back the store's visibility frontier. With threads, the log is
 * cut into chunks that never split a seal's range, scanned in parallel, and the stream chains are
 * stitched at the seams: the findings are the same as a single pass.
 */
export async function verifyLog(options: VerifyLogOptions): Promise<LogReport> {
  const started = Date.now();
  const threads = options.threads ?? 0;
  const client = await options.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const anchors = await sealAnchors(client, options);
    const scan: ScanOptions = { sealedThrough: SealRanges.sealedThrough(anchors.ranges), pageSize: options.pageSize ?? 10_000, maxProblems: options.maxProblems ?? 100 };
    const chunks = chunksAt(await chunkCuts(client, anchors.ranges, threads * 2, options.minEventsPerChunk ?? 50_000), anchors.ranges);
    const results =
      threads > 0 && chunks.length > 1
        ? await scanInThreads(chunks, (chunk) => rangesIn(chunk, anchors.ranges), threads, {
            connection: connectionOf(options.pool),
            snapshot: await exportSnapshot(client),
            options: scan,
          })
        : await scanHere(client, chunks, anchors.ranges, scan);
    await client.query('COMMIT');
    const log = stitchChunks(results, scan.maxProblems);
    const last = anchors.lastArchived;
    return {
      ...log,
      problems: [...anchors.problems, ...log.problems].slice(0, scan.maxProblems),
      problemCount: anchors.problems.length + log.problemCount,
      sealedThrough: scan.sealedThrough,
      databaseSeals: anchors.databaseSeals,
      archivedSeals: anchors.archivedSeals,
      archive: options.archive.location,
      lastArchivedSeal: last ? { sealNumber: last.sealNumber, toPosition: last.toPosition } : null,
      threads: threads > 0 && chunks.length > 1 ? Math.min(threads, chunks.length) : 0,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function sealAnchors(client: PoolClient, options: VerifyLogOptions): Promise<SealAnchors> {
  const stored = await storedSealEvents(client);
  const archived = await options.archive.read();
  const hasSeals = stored.length > 0 || archived.seals.length > 0 || archived.problems.length > 0;
  if (hasSeals && !options.publicKey) throw new MissingSealKey(options.keyFile);
  if (!options.publicKey) return { ranges: [], problems: [], databaseSeals: 0, archivedSeals: 0, lastArchived: null };
  return checkSealAnchors(stored, archived, options.publicKey);
}

async function scanHere(client: PoolClient, chunks: readonly Chunk[], ranges: readonly SealRange[], scan: ScanOptions): Promise<ChunkResult[]> {
  const results: ChunkResult[] = [];
  for (const chunk of chunks) results.push(await scanChunk(client, chunk, rangesIn(chunk, ranges), scan));
  return results;
}

async function exportSnapshot(client: PoolClient): Promise<string> {
  const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
  if (!SNAPSHOT_ID.test(rows[0].id)) throw new Error(`unexpected snapshot id ${JSON.stringify(rows[0].id)}`);
  return rows[0].id;
}

/** The pool's connection settings, for the threads' own connections (plain values only). */
function connectionOf(pool: Pool): ClientConfig {
  const options = (pool as unknown as { options: ClientConfig }).options;
  const { connectionString, host, port, user, database, options: serverOptions } = options;
  const password = typeof options.password === 'string' ? options.password : undefined;
  return Object.fromEntries(Object.entries({ connectionString, host, port, user, password, database, options: serverOptions }).filter(([, value]) => value !== undefined));
}
