import { OrgLevel } from './org-level';

interface OrgFacts {
  orgId: string;
  name: string;
  level: OrgLevel;
  /** null only for the Central Emulation and Reward Council. */
  parentId: string | null;
}

export type UnregisteredOrg = { status: 'unregistered' };
export type ActiveOrg = { status: 'active' } & OrgFacts;
export type RetiredOrg = { status: 'retired'; retiredAt: string } & OrgFacts;

export type OrgUnit = UnregisteredOrg | ActiveOrg | RetiredOrg;

export const initialOrgState = (): OrgUnit => ({ status: 'unregistered' });
