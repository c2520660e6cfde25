import { MovementContent, MovementPhase, SubmissionWindow, WindowTrack } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/**
 * One movement as the read side shows it: its definition, whether it still runs, and what its
 * window deadlines have done so far (reminders and escalations per window and organisation).
 * Dates of the period are `YYYY-MM-DD`; instants are ISO strings.
 */
export interface MovementRow {
  id: string;
  orgId: string;
  name: string;
  ref: string | null;
  implementsRef: string;
  parentMovementId: string | null;
  periodFrom: string;
  periodTo: string;
  status: 'launched' | 'closed';
  phases: MovementPhase[];
  contents: MovementContent[];
  windows: SubmissionWindow[];
  /** When each window was last set, by window id: its rule set is the one in force then. */
  windowsSetAt: Record<string, string>;
  /** By `<windowId>/<orgId>`, as the movement's state keeps them. */
  tracks: Record<string, WindowTrack>;
  launchedAt: string;
  closedAt: string | null;
  updatedAt: string;
  /** Global position of the last event applied to this row. */
  lastPosition: number;
  /** Revision of the `movement-<id>` stream after that event. */
  revision: number;
}

export const MOVEMENTS_TABLE: TableSpec<MovementRow> = {
  table: 'movements',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    orgId: { column: 'org_id', type: 'text' },
    name: { column: 'name', type: 'text' },
    ref: { column: 'ref', type: 'text' },
    implementsRef: { column: 'implements_ref', type: 'text' },
    parentMovementId: { column: 'parent_movement_id', type: 'text' },
    periodFrom: { column: 'period_from', type: 'text' },
    periodTo: { column: 'period_to', type: 'text' },
    status: { column: 'status', type: 'text' },
    phases: { column: 'phases', type: 'jsonb' },
    contents: { column: 'contents', type: 'jsonb' },
    windows: { column: 'windows', type: 'jsonb' },
    windowsSetAt: { column: 'windows_set_at', type: 'jsonb' },
    tracks: { column: 'tracks', type: 'jsonb' },
    launchedAt: { column: 'launched_at', type: 'timestamptz' },
    closedAt: { column: 'closed_at', type: 'timestamptz' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
    revision: { column: 'revision', type: 'integer' },
  },
};
