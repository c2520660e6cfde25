import { OrgLevel } from '@app/domain';
import { TableSpec } from '../runner/row-table';

/** One organisation as the read side shows it. Instants are ISO strings. */
export interface OrgUnitRow {
  id: string;
  name: string;
  level: OrgLevel;
  /** null only for the Central Emulation and Reward Council. */
  parentId: string | null;
  status: 'active' | 'retired';
  registeredAt: string;
  retiredAt: string | null;
  updatedAt: string;
  /** Global position of the last event applied to this row. */
  lastPosition: number;
  /** Revision of the `org-<id>` stream after that event. */
  revision: number;
}

export const ORG_UNITS_TABLE: TableSpec<OrgUnitRow> = {
  table: 'org_units',
  key: 'id',
  columns: {
    id: { column: 'id', type: 'text' },
    name: { column: 'name', type: 'text' },
    level: { column: 'level', type: 'text' },
    parentId: { column: 'parent_id', type: 'text' },
    status: { column: 'status', type: 'text' },
    registeredAt: { column: 'registered_at', type: 'timestamptz' },
    retiredAt: { column: 'retired_at', type: 'timestamptz' },
    updatedAt: { column: 'updated_at', type: 'timestamptz' },
    lastPosition: { column: 'last_position', type: 'bigint' },
    revision: { column: 'revision', type: 'integer' },
  },
};
