import { Pool } from 'pg';
import { readRow, selectList } from '../runner/row-table';
import { ORG_UNITS_TABLE, OrgUnitRow } from './org-unit.row';

export interface OrgTreeNode extends OrgUnitRow {
  children: OrgTreeNode[];
}

export interface OrgUnitFilter {
  /** Retired organisations are left out unless asked for. */
  includeRetired?: boolean;
}

/** Reads of the organisation hierarchy (a few thousand rows at most, so read whole). */
export class OrgUnitQueries {
  constructor(private readonly pool: Pool) {}

  async get(id: string): Promise<OrgUnitRow | null> {
    const { rows } = await this.pool.query(`SELECT ${selectList(ORG_UNITS_TABLE)} FROM org_units WHERE id = $1`, [id]);
    return rows.length === 0 ? null : readRow(ORG_UNITS_TABLE, rows[0]);
  }

  /** Every organisation, ordered by name. */
  async list(filter: OrgUnitFilter = {}): Promise<OrgUnitRow[]> {
    const { rows } = await this.pool.query(
      `SELECT ${selectList(ORG_UNITS_TABLE)} FROM org_units WHERE $1 OR status = 'active' ORDER BY name, id`,
      [filter.includeRetired ?? false],
    );
    return rows.map((raw) => readRow(ORG_UNITS_TABLE, raw));
  }

  /**
   * The hierarchy as nested children, siblings by name. A node whose parent is not in the result
   * (which the decider never allows for active ones) is shown as a root rather than lost.
   */
  async tree(filter: OrgUnitFilter = {}): Promise<OrgTreeNode[]> {
    const nodes = (await this.list(filter)).map((row): OrgTreeNode => ({ ...row, children: [] }));
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const roots: OrgTreeNode[] = [];
    for (const node of nodes) {
      const parent = node.parentId === null ? undefined : byId.get(node.parentId);
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }
}
