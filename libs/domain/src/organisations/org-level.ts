/**
 * Levels of the approval hierarchy. A `unit` may sit under another unit (department → general
 * department → ministry), so a chain can be several levels deep; ministries (and ministerial-level
 * agencies, branches, the Fatherland Front and socio-political organisations) and provinces sit
 * directly under the Central Emulation and Reward Council, the single root.
 */
export const ORG_LEVELS = ['unit', 'ministry', 'province', 'central_council'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export function isOrgLevel(value: unknown): value is OrgLevel {
  return typeof value === 'string' && (ORG_LEVELS as readonly string[]).includes(value);
}

const ALLOWED_PARENTS: Record<OrgLevel, readonly OrgLevel[]> = {
  unit: ['unit', 'ministry', 'province', 'central_council'],
  ministry: ['central_council'],
  province: ['central_council'],
  central_council: [],
};

export function maySitUnder(level: OrgLevel, parentLevel: OrgLevel): boolean {
  return ALLOWED_PARENTS[level].includes(parentLevel);
}
