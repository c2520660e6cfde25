import { PoolClient } from 'pg';
import { assertStreamName, InvalidStreamName } from '@app/event-store';
import { BundleSelection } from '../bundle/bundle-format';

/** What to export: one dossier, or every dossier of one organisation, optionally within a time window. */
export interface ExportSelection {
  dossier?: string;
  org?: string;
  /** recordedAt ≥ from. */
  from?: Date;
  /** recordedAt < to. */
  to?: Date;
}

/** The selection names nothing that exists, or is malformed; `value` is what was given. */
export class ExportSelectionError extends Error {
  constructor(readonly option: string, readonly value: string, reason: string) {
    super(`--${option} ${JSON.stringify(value)}: ${reason}`);
    this.name = 'ExportSelectionError';
  }
}

export interface SelectedEvent {
  position: number;
  stream: string;
  revision: number;
}

export function describeSelection(selection: ExportSelection): BundleSelection {
  return {
    ...(selection.dossier === undefined ? {} : { dossier: selection.dossier }),
    ...(selection.org === undefined ? {} : { org: selection.org }),
    ...(selection.from === undefined ? {} : { from: selection.from.toISOString() }),
    ...(selection.to === undefined ? {} : { to: selection.to.toISOString() }),
  };
}

/**
 * The place of every selected event at or before `through`, in position order. A dossier is its
 * stream `dossier-<id>`; an organisation's dossiers are the streams whose `DossierCreated` event
 * names it as `orgId` (found with one scan of the first events, since there is no index on it).
 * Without a dossier or organisation, the window selects every event recorded in it.
 */
export async function selectEvents(client: PoolClient, selection: ExportSelection, through: number): Promise<SelectedEvent[]> {
  const streams = await selectedStreams(client, selection);
  const { rows } = await client.query<{ position: string; stream_name: string; revision: string }>(
    `SELECT position, stream_name, revision FROM es_events
      WHERE position <= $1
        AND ($2::text[] IS NULL OR stream_name = ANY ($2))
        AND ($3::timestamptz IS NULL OR recorded_at >= $3)
        AND ($4::timestamptz IS NULL OR recorded_at < $4)
      ORDER BY position`,
    [through, streams, selection.from ?? null, selection.to ?? null],
  );
  return rows.map((row) => ({ position: Number(row.position), stream: row.stream_name, revision: Number(row.revision) }));
}

async function selectedStreams(client: PoolClient, selection: ExportSelection): Promise<string[] | null> {
  if (selection.dossier !== undefined) {
    const stream = `dossier-${selection.dossier}`;
    try {
      assertStreamName(stream);
    } catch (error) {
      if (error instanceof InvalidStreamName) throw new ExportSelectionError('dossier', selection.dossier, 'not a dossier id');
      throw error;
    }
    const { rowCount } = await client.query('SELECT 1 FROM es_events WHERE stream_name = $1 AND revision = 0', [stream]);
    if (rowCount === 0) throw new ExportSelectionError('dossier', selection.dossier, 'no such dossier');
    return [stream];
  }
  if (selection.org !== undefined) {
    const { rows } = await client.query<{ stream_name: string }>(
      `SELECT stream_name FROM es_events
        WHERE revision = 0 AND type = 'DossierCreated' AND stream_name LIKE 'dossier-%' AND data->>'orgId' = $1
        ORDER BY position`,
      [selection.org],
    );
    if (rows.length === 0) throw new ExportSelectionError('org', selection.org, 'no dossier of this organisation');
    return rows.map((row) => row.stream_name);
  }
  return null;
}
