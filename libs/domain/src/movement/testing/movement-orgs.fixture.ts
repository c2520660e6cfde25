import { OrgLevel } from '../../organisations/org-level';
import { OrgTree } from '../../organisations/org-tree';
import { OrgRegistered } from '../../organisations/org.events';

/**
 *   central                    Central Emulation and Reward Council
 *   ├── moc                    Ministry of Culture, Sports and Tourism
 *   │   ├── moc-heritage       Department of Cultural Heritage
 *   │   │   └── moc-heritage-records   its records office
 *   │   ├── moc-it             Information Technology Centre
 *   │   └── moc-personnel      Department of Personnel
 *   ├── moj                    Ministry of Justice
 *   ├── camau                  Ca Mau Province
 *   │   └── camau-justice      Ca Mau Department of Justice
 *   │       └── camau-justice-notary   a notary office under it
 *   └── hanoi                  Hanoi
 *       └── hanoi-a … hanoi-d  four city agencies (the agreement of 3 March 2025)
 */
const ORGS: [string, string, OrgLevel, string?][] = [
  ['central', 'Central Emulation and Reward Council', 'central_council'],
  ['moc', 'Ministry of Culture, Sports and Tourism', 'ministry', 'central'],
  ['moc-heritage', 'Department of Cultural Heritage', 'unit', 'moc'],
  ['moc-heritage-records', 'Records office of the Department of Cultural Heritage', 'unit', 'moc-heritage'],
  ['moc-it', 'Information Technology Centre', 'unit', 'moc'],
  ['moc-personnel', 'Department of Personnel', 'unit', 'moc'],
  ['moj', 'Ministry of Justice', 'ministry', 'central'],
  ['camau', 'Ca Mau Province', 'province', 'central'],
  ['camau-justice', 'Ca Mau Department of Justice', 'unit', 'camau'],
  ['camau-justice-notary', 'Notary office No. 1 of Ca Mau', 'unit', 'camau-justice'],
  ['hanoi', 'Hanoi', 'province', 'central'],
  ['hanoi-a', 'Hanoi city agency A', 'unit', 'hanoi'],
  ['hanoi-b', 'Hanoi city agency B', 'unit', 'hanoi'],
  ['hanoi-c', 'Hanoi city agency C', 'unit', 'hanoi'],
  ['hanoi-d', 'Hanoi city agency D', 'unit', 'hanoi'],
];

export const MOVEMENT_ORG_EVENTS: OrgRegistered[] = ORGS.map(([orgId, name, level, parentId]) => ({
  type: 'OrgRegistered',
  data: {
    orgId,
    name,
    level,
    ...(parentId ? { parentId } : {}),
    by: { userId: 'admin@central', role: 'admin', orgId: 'central' },
    at: '2024-12-30T02:00:00.000Z',
  },
}));

export const movementOrgs = (): OrgTree => OrgTree.fromEvents(MOVEMENT_ORG_EVENTS);
