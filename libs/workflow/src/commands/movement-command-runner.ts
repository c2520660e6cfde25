import { Actor, fold, Movement, MovementCommand, movementDecider, MovementEvent, movementStream, OrgTree } from '@app/domain';
import { EventStore } from '@app/event-store';
import { commandMetadata } from './command-metadata';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';

export interface MovementCommandInput {
  command: MovementCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
  causationId?: string;
}

export interface MovementCommandDeps {
  store: EventStore;
  /** The hierarchy as recorded now (OrgTreeReader): launching and escalating check organisations against it. */
  orgTree: { current(): Promise<OrgTree> };
}

/**
 * One movement command, from the API or the window deadline worker: load, decide, append (see
 * runDeciderCommand). A launch that names a parent movement is decided with the parent as its
 * stream holds it now, so the contents it adapts are checked against the parent's own.
 */
export function runMovementCommand(deps: MovementCommandDeps, input: MovementCommandInput): Promise<CommandOutcome<Movement>> {
  const { actor, command } = input;
  return runDeciderCommand(
    deps.store,
    movementDecider,
    {
      stream: movementStream(command.data.movementId),
      command,
      request: command,
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId, input.correlationId, input.causationId),
    },
    async () => ({
      now: input.now,
      actor,
      tree: await deps.orgTree.current(),
      ...(command.type === 'LaunchMovement' && command.data.parentMovementId !== undefined
        ? { parent: await loadMovement(deps.store, command.data.parentMovementId) }
        : {}),
    }),
  );
}

/** A movement as its own stream holds it now (`unlaunched` when there is none). */
export async function loadMovement(store: EventStore, movementId: string): Promise<Movement> {
  const events = await store.readStream(movementStream(movementId));
  return fold(movementDecider, events.map((event) => ({ type: event.type, data: event.data }) as MovementEvent));
}
