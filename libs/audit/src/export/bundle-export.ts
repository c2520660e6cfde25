import { Pool, PoolClient } from 'pg';
import { eventHash, GENESIS_HASH, RecordedEvent } from '@app/event-store';
import { EVENT_COLUMNS, EventRow, fromRow } from '@app/event-store/postgres/event-row';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleHeader } from '../bundle/bundle-format';
import { BundleWriter } from '../bundle/bundle-writer';
import { publicKeyPem } from '../keys/key-fingerprint';
import { SealKey } from '../keys/seal-key-file';
import { Seal } from '../seals/seal';
import { Sealer } from '../sealing/sealer';
import { describeSelection, ExportSelection, SelectedEvent, selectEvents } from './export-selection';
import { ExportRefused, SealIndex } from './seal-index';
import { SealProofs } from './seal-proofs';

export interface BundleExportOptions {
  pool: Pool;
  /** Seals whatever is pending first, so the bundle reaches up to now. */
  sealer: Pick<Sealer, 'sealPending'>;
  key: SealKey;
  selection: ExportSelection;
  sink: (text: string) => Promise<void>;
  clock?: () => Date;
}

export interface BundleExportSummary {
  events: number;
  seals: number;
  streams: number;
  sealedThrough: number;
}

const PAGE = 1000;

/**
 * Writes the audit bundle of a selection (see bundle/bundle-format.ts). It first seals what is
 * pending, then reads the selection from one snapshot; it refuses (ExportRefused) rather than
 * write a bundle that would not verify, because then the database itself has been tampered with.
 */
export async function exportBundle(options: BundleExportOptions): Promise<BundleExportSummary> {
  const { last } = await options.sealer.sealPending({ wait: true });
  const sealedThrough = last ? last.toPosition : -1;
  const client = await options.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const selected = await selectEvents(client, options.selection, sealedThrough);
    const index = selected.length > 0 ? await SealIndex.load(client) : null;
    const sealNumbers = [...new Set(selected.map((event) => index!.sealOf(event.position)))];
    const seals = await SealIndex.seals(client, sealNumbers, options.key);
    const writer = new BundleWriter(options.sink, options.key.privateKey);
    const header: BundleHeader = {
      kind: 'header',
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: (options.clock ?? (() => new Date()))().toISOString(),
      selection: describeSelection(options.selection),
      sealedThrough,
      publicKey: publicKeyPem(options.key.publicKey),
      publicKeyFingerprint: options.key.fingerprint,
      streams: streamsOf(selected),
      seals: seals.length,
      events: selected.length,
    };
    await writer.header(header);
    for (const seal of seals) await writer.seal({ kind: 'seal', ...seal });
    await writeEvents(client, selected, seals, index, writer);
    await writer.finish();
    await client.query('COMMIT');
    return { events: selected.length, seals: seals.length, streams: header.streams.length, sealedThrough };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Each stream's revisions in the bundle, which must follow one another. */
function streamsOf(selected: readonly SelectedEvent[]): BundleHeader['streams'] {
  const streams = new Map<string, { stream: string; fromRevision: number; toRevision: number }>();
  for (const { stream, revision } of selected) {
    const held = streams.get(stream);
    if (held && revision !== held.toRevision + 1) throw new ExportRefused(`stream ${stream} jumps from revision ${held.toRevision} to ${revision}`);
    if (held) held.toRevision = revision;
    else streams.set(stream, { stream, fromRevision: revision, toRevision: revision });
  }
  return [...streams.values()];
}

async function writeEvents(client: PoolClient, selected: SelectedEvent[], sealList: Seal[], index: SealIndex | null, writer: BundleWriter): Promise<void> {
  if (!index) return;
  const seals = new Map(sealList.map((seal) => [seal.sealNumber, seal]));
  const heads = await previousHashes(client, selected);
  let proofs: SealProofs | undefined;
  for (let start = 0; start < selected.length; start += PAGE) {
    const positions = selected.slice(start, start + PAGE).map((event) => event.position);
    const { rows } = await client.query<EventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM es_events WHERE position = ANY ($1::bigint[]) ORDER BY position`,
      values: [positions],
      rowMode: 'array',
    });
    for (const event of rows.map(fromRow)) {
      const previousHash = event.revision === 0 ? GENESIS_HASH : heads.get(event.stream);
      if (previousHash === undefined || eventHash(previousHash, event.revision, event) !== event.hash) {
        throw new ExportRefused(`stream ${event.stream}, revision ${event.revision}: the stored hash does not follow from the event`);
      }
      heads.set(event.stream, event.hash);
      const sealNumber = index.sealOf(event.position);
      if (proofs?.seal.sealNumber !== sealNumber) proofs = await SealProofs.build(client, seals.get(sealNumber)!);
      await writer.event({ kind: 'event', event: bundled(event), previousHash, proof: proofs.proof(event.position) });
    }
  }
}

/** For each stream whose first bundled event is not its first, the hash of the revision before. */
async function previousHashes(client: PoolClient, selected: readonly SelectedEvent[]): Promise<Map<string, string>> {
  const firsts = new Map<string, number>();
  for (const { stream, revision } of selected) if (!firsts.has(stream)) firsts.set(stream, revision);
  const wanted = [...firsts].filter(([, revision]) => revision > 0);
  const { rows } = await client.query<{ stream_name: string; hash: string }>(
    `SELECT e.stream_name, e.hash FROM es_events e
       JOIN unnest($1::text[], $2::bigint[]) AS wanted (stream, revision) ON e.stream_name = wanted.stream AND e.revision = wanted.revision`,
    [wanted.map(([stream]) => stream), wanted.map(([, revision]) => revision - 1)],
  );
  return new Map(rows.map((row) => [row.stream_name, row.hash]));
}

function bundled(event: RecordedEvent) {
  const { id, stream, revision, position, type, schemaVersion, data, metadata, hash } = event;
  return { id, stream, revision, position, type, schemaVersion, data, metadata, recordedAt: event.recordedAt.toISOString(), hash };
}
