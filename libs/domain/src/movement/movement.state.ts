import { MovementDefinition } from './movement.definition';

/** What the deadline of one window has done for one organisation. */
export interface WindowTrack {
  remindedAt?: string;
  /** Organisations told, attempt 1 first. */
  escalations: { attempt: number; toOrgId: string; at: string; lastInChain?: true }[];
}

interface MovementFacts {
  definition: MovementDefinition;
  /** Keyed by `windowTrackKey(windowId, orgId)`; reset for a window when it is moved. */
  tracks: Record<string, WindowTrack>;
  /**
   * When each window was last set (launched with the movement, added or moved), by window id: the
   * rule set in force then gives its reminder lead and escalation grace, as a dossier keeps the
   * rule set it was first submitted under.
   */
  windowsSetAt: Record<string, string>;
}

export type UnlaunchedMovement = { status: 'unlaunched' };
export type LaunchedMovement = { status: 'launched' } & MovementFacts;
export type ClosedMovement = { status: 'closed'; closedAt: string } & MovementFacts;

export type Movement = UnlaunchedMovement | LaunchedMovement | ClosedMovement;

export const initialMovementState = (): Movement => ({ status: 'unlaunched' });

export const movementStream = (movementId: string): string => `movement-${movementId}`;

export const windowTrackKey = (windowId: string, orgId: string): string => `${windowId}/${orgId}`;
