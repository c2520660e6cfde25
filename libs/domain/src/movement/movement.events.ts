import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { MovementDefinition, SubmissionWindow } from './movement.definition';

export type MovementLaunched = Event<'MovementLaunched', MovementDefinition & Stamp>;

/** `previousDueOn` is present when an existing window was moved. */
export type SubmissionWindowSet = Event<
  'SubmissionWindowSet',
  { movementId: string; window: SubmissionWindow; previousDueOn?: string } & Stamp
>;

export type SubmissionWindowReminderSent = Event<
  'SubmissionWindowReminderSent',
  { movementId: string; windowId: string; orgId: string; dueAt: string } & Stamp
>;

/**
 * The organisation had not submitted by the window's due date: `toOrgId` (its parent at attempt
 * 1, then one level higher per attempt) is told. `lastInChain` when nobody is left above.
 */
export type SubmissionWindowEscalated = Event<
  'SubmissionWindowEscalated',
  {
    movementId: string;
    windowId: string;
    orgId: string;
    dueAt: string;
    attempt: number;
    fromOrgId: string;
    toOrgId: string;
    lastInChain?: true;
  } & Stamp
>;

export type MovementClosed = Event<'MovementClosed', { movementId: string } & Stamp>;

export type MovementEvent =
  | MovementLaunched
  | SubmissionWindowSet
  | SubmissionWindowReminderSent
  | SubmissionWindowEscalated
  | MovementClosed;

export const MOVEMENT_EVENT_TYPES: readonly MovementEvent['type'][] = [
  'MovementLaunched',
  'SubmissionWindowSet',
  'SubmissionWindowReminderSent',
  'SubmissionWindowEscalated',
  'MovementClosed',
];
