import { OrgCommand, RouteStep, UserActor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runOrgCommand } from '@app/workflow/commands/org-command-runner';

/** central-council ── ministry-culture ── dept-heritage: a unit whose yearly report stops at its ministry. */
export const COUNCIL = 'central-council';
export const MINISTRY = 'ministry-culture';
export const UNIT = 'dept-heritage';

/** The route of the unit's yearly report: one step, at the ministry; an escalation goes to the Council. */
export const YEARLY_REPORT_ROUTE: RouteStep[] = [{ orgId: MINISTRY, level: 'ministry' }];

const ORGS: OrgCommand[] = [
  { type: 'RegisterOrg', data: { orgId: COUNCIL, name: 'Central Emulation and Reward Council', level: 'central_council' } },
  { type: 'RegisterOrg', data: { orgId: MINISTRY, name: 'Ministry of Culture, Sports and Tourism', level: 'ministry', parentId: COUNCIL } },
  { type: 'RegisterOrg', data: { orgId: UNIT, name: 'Department of Cultural Heritage', level: 'unit', parentId: MINISTRY } },
];

const ADMIN: UserActor = { userId: 'admin@central-council', orgId: COUNCIL, roles: ['admin'], role: 'admin' };

/** Records the three organisations in the registry stream, as an administrator does. */
export async function registerOrgChart(store: EventStore, now: Date): Promise<void> {
  for (const command of ORGS) {
    await runOrgCommand(store, { command, actor: ADMIN, commandId: deterministicUuid(`bench-org\n${command.data.orgId}`), now });
  }
}
