import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { OrgLevel } from './org-level';

/** `parentId` is omitted only for the Central Emulation and Reward Council. */
export type OrgRegistered = Event<'OrgRegistered', { orgId: string; name: string; level: OrgLevel; parentId?: string } & Stamp>;
export type OrgRenamed = Event<'OrgRenamed', { orgId: string; name: string; previousName: string } & Stamp>;
export type OrgMoved = Event<'OrgMoved', { orgId: string; fromParentId: string; toParentId: string } & Stamp>;
export type OrgRetired = Event<'OrgRetired', { orgId: string } & Stamp>;

export type OrgEvent = OrgRegistered | OrgRenamed | OrgMoved | OrgRetired;

export const ORG_EVENT_TYPES: readonly OrgEvent['type'][] = ['OrgRegistered', 'OrgRenamed', 'OrgMoved', 'OrgRetired'];
