import { Command } from '../decider/decider';
import { OrgLevel } from './org-level';

/** Omit `parentId` only when registering the Central Emulation and Reward Council. */
export type RegisterOrg = Command<
  'RegisterOrg',
  { orgId: string; name: string; level: OrgLevel; parentId?: string; comment?: string }
>;
export type RenameOrg = Command<'RenameOrg', { orgId: string; name: string; comment?: string }>;
export type MoveOrg = Command<'MoveOrg', { orgId: string; newParentId: string; comment?: string }>;
/** The reason for retiring (merger, dissolution…) goes in `comment`. */
export type RetireOrg = Command<'RetireOrg', { orgId: string; comment?: string }>;

export type OrgCommand = RegisterOrg | RenameOrg | MoveOrg | RetireOrg;
