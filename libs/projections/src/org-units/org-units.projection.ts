import { ORG_EVENT_TYPES, OrgEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDomainEvent } from '../runner/domain-event';
import { rowProjection, RowProjectionDefinition } from '../runner/row-projection';
import { ORG_UNITS_TABLE, OrgUnitRow } from './org-unit.row';

/** One row per organisation. Events that do not fit the row (never written by the decider) change nothing. */
export function evolveOrgUnit(row: OrgUnitRow | null, recorded: RecordedEvent): OrgUnitRow | null {
  const event = asDomainEvent<OrgEvent>(recorded, ORG_EVENT_TYPES);
  if (event === null) return row;
  const { type, data } = event;
  const touched = { updatedAt: data.at, lastPosition: recorded.position, revision: recorded.revision };
  switch (type) {
    case 'OrgRegistered':
      if (row !== null) return row;
      return {
        id: data.orgId,
        name: data.name,
        level: data.level,
        parentId: data.parentId ?? null,
        status: 'active',
        registeredAt: data.at,
        retiredAt: null,
        ...touched,
      };
    case 'OrgRenamed':
      return row && { ...row, name: data.name, ...touched };
    case 'OrgMoved':
      return row && { ...row, parentId: data.toParentId, ...touched };
    case 'OrgRetired':
      return row && { ...row, status: 'retired', retiredAt: data.at, ...touched };
    default:
      (type) satisfies never;
      return row;
  }
}

export const orgUnitRows: RowProjectionDefinition<OrgUnitRow> = {
  name: 'org_units',
  table: ORG_UNITS_TABLE,
  keyOf: (event) => asDomainEvent<OrgEvent>(event, ORG_EVENT_TYPES)?.data.orgId ?? null,
  evolve: evolveOrgUnit,
};

export const orgUnitsProjection = rowProjection(orgUnitRows);
