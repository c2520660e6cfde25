import { OrgEvent } from './org.events';
import { OrgUnit } from './org.state';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveOrg(state: OrgUnit, event: OrgEvent): OrgUnit {
  const { type, data } = event;
  switch (type) {
    case 'OrgRegistered':
      if (state.status !== 'unregistered') return state;
      return { status: 'active', orgId: data.orgId, name: data.name, level: data.level, parentId: data.parentId ?? null };
    case 'OrgRenamed':
      return state.status === 'active' ? { ...state, name: data.name } : state;
    case 'OrgMoved':
      return state.status === 'active' ? { ...state, parentId: data.toParentId } : state;
    case 'OrgRetired':
      return state.status === 'active' ? { ...state, status: 'retired', retiredAt: data.at } : state;
    default:
      (type) satisfies never;
      return state;
  }
}
