import { Command } from '../decider/decider';
import { MovementDefinition, MovementPhase, SubmissionWindow } from './movement.definition';

/**
 * Launched by an administrator, or a reviewer of the launching organisation. A movement with a
 * parent may omit `phases` to take the parent's, and `windows` to set none yet.
 */
export type LaunchMovement = Command<
  'LaunchMovement',
  Omit<MovementDefinition, 'phases' | 'windows'> & { phases?: MovementPhase[]; windows?: SubmissionWindow[]; comment?: string }
>;

/** Adds a window or moves an existing one (an extension); `comment` says why. */
export type SetSubmissionWindow = Command<'SetSubmissionWindow', { movementId: string; window: SubmissionWindow; comment?: string }>;

/**
 * Sent by the deadline worker for an organisation that has not submitted by a window (see
 * `pendingWindowDeadlines`). `dueAt` names the due date the job was scheduled for, so a job left
 * over from before an extension does nothing.
 */
export type RemindSubmissionWindow = Command<
  'RemindSubmissionWindow',
  { movementId: string; windowId: string; orgId: string; dueAt: string }
>;

/** Escalation `attempt` 1 at the due date, to the organisation's parent; each further attempt one level higher. */
export type EscalateSubmissionWindow = Command<
  'EscalateSubmissionWindow',
  { movementId: string; windowId: string; orgId: string; dueAt: string; attempt: number }
>;

/** After its final summary; no window can be set afterwards. */
export type CloseMovement = Command<'CloseMovement', { movementId: string; comment?: string }>;

export type MovementCommand =
  | LaunchMovement
  | SetSubmissionWindow
  | RemindSubmissionWindow
  | EscalateSubmissionWindow
  | CloseMovement;
