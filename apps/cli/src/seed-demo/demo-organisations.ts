import { OrgLevel } from '@app/domain';
import { runOrgCommand } from '@app/workflow';
import { adminOf } from './demo-actors';
import { demoCommandId, DemoWorld, onDay } from './demo-world';

export const CENTRAL_COUNCIL = 'central-council';

/** The slice of the hierarchy the demo works in, parents before children. */
export const DEMO_ORGANISATIONS: readonly { orgId: string; name: string; level: OrgLevel; parentId?: string }[] = [
  { orgId: CENTRAL_COUNCIL, name: 'Central Emulation and Reward Council', level: 'central_council' },
  { orgId: 'mcst', name: 'Ministry of Culture, Sports and Tourism', level: 'ministry', parentId: CENTRAL_COUNCIL },
  { orgId: 'mcst-personnel', name: 'Department of Personnel Organisation (MCST)', level: 'unit', parentId: 'mcst' },
  { orgId: 'mcst-libraries', name: 'Department of Libraries (MCST)', level: 'unit', parentId: 'mcst' },
  { orgId: 'moj', name: 'Ministry of Justice', level: 'ministry', parentId: CENTRAL_COUNCIL },
  { orgId: 'ca-mau', name: 'Ca Mau Province', level: 'province', parentId: CENTRAL_COUNCIL },
  { orgId: 'ca-mau-justice', name: 'Ca Mau Department of Justice', level: 'unit', parentId: 'ca-mau' },
  { orgId: 'hanoi', name: 'Hanoi City', level: 'province', parentId: CENTRAL_COUNCIL },
  { orgId: 'hanoi-science', name: 'Hanoi Department of Science and Technology', level: 'unit', parentId: 'hanoi' },
  { orgId: 'hanoi-home-affairs', name: 'Hanoi Department of Home Affairs', level: 'unit', parentId: 'hanoi' },
  { orgId: 'hanoi-finance', name: 'Hanoi Department of Finance', level: 'unit', parentId: 'hanoi' },
  { orgId: 'hanoi-justice', name: 'Hanoi Department of Justice', level: 'unit', parentId: 'hanoi' },
];

export const HANOI_AGENCIES = ['hanoi-science', 'hanoi-home-affairs', 'hanoi-finance', 'hanoi-justice'] as const;

/**
 * Registered by the council's administrator at the start of the movement; one registered already
 * (the README's first walk through registers the council too) is left as it is.
 */
export async function seedOrganisations(world: DemoWorld): Promise<void> {
  const registered = await world.orgTree.current();
  for (const org of DEMO_ORGANISATIONS) {
    if (registered.get(org.orgId)) continue;
    await runOrgCommand(world.store, {
      command: { type: 'RegisterOrg', data: org },
      actor: adminOf(CENTRAL_COUNCIL),
      commandId: demoCommandId(`org/${org.orgId}`),
      now: onDay('2025-01-02'),
    });
  }
}
