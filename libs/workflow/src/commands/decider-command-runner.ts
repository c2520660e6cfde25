import { Command, Decider, Event, fold } from '@app/domain';
import { EventMetadata, EventStore, RecordedEvent, WrongExpectedRevision } from '@app/event-store';
import { commandFingerprint, eventIdFor } from './command-identity';
import { CommandIdReused, ConcurrencyExhausted } from './command-errors';

export interface CommandEnvelope<S, C> {
  stream: string;
  /**
   * The command, or a function building it from the current state (a submission computes its
   * route and due date from the dossier it submits). Called on every attempt.
   */
  command: C | ((state: S) => C | Promise<C>);
  /** What the caller asked for; a command id reused with a different request is refused. */
  request: { type: string; data: unknown };
  commandId: string;
  /** actor, role, org, correlationId, causationId: recorded on every event the command appends. */
  metadata: EventMetadata & { actor: string };
}

export interface CommandOutcome<S> {
  /** The events this command appended, or appended the first time it was sent. */
  events: RecordedEvent[];
  /** The stream's revision after the command (null when the stream still does not exist). */
  revision: number | null;
  state: S;
  /** True when the command id had already been handled and nothing new was appended. */
  repeated: boolean;
}

const MAX_ATTEMPTS = 8;

/**
 * Load, fold, decide, append with the expected revision. On a concurrent write the whole cycle
 * runs again on the fresh state, so the decider (not a lock) settles who wins: a second approval of
 * the same step is refused by the domain, a duplicate worker command decides nothing.
 */
export async function runDeciderCommand<S, C extends Command, E extends Event, Ctx>(
  store: EventStore,
  decider: Decider<S, C, E, Ctx>,
  envelope: CommandEnvelope<S, C>,
  context: (state: S) => Ctx | Promise<Ctx>,
): Promise<CommandOutcome<S>> {
  const { stream, commandId } = envelope;
  const fingerprint = commandFingerprint(envelope.request, envelope.metadata.actor);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const recorded = await store.readStream(stream);
    const revision = recorded.length > 0 ? recorded[recorded.length - 1].revision : null;
    const earlier = recorded.filter((event) => event.metadata.commandId === commandId);
    if (earlier.length > 0) {
      if (earlier[0].metadata.commandFingerprint !== fingerprint) throw new CommandIdReused(commandId);
      const through = earlier[earlier.length - 1].revision;
      const state = fold(decider, recorded.filter((event) => event.revision <= through) as unknown as E[]);
      return { events: earlier, revision: through, state, repeated: true };
    }
    const state = fold(decider, recorded as unknown as E[]);
    const command = typeof envelope.command === 'function' ? await (envelope.command as (state: S) => C | Promise<C>)(state) : envelope.command;
    const decided = decider.decide(command, state, await context(state));
    if (decided.length === 0) return { events: [], revision, state, repeated: false };
    const metadata = { ...envelope.metadata, commandId, commandType: command.type, commandFingerprint: fingerprint };
    const proposed = decided.map((event, index) => ({
      id: eventIdFor(stream, commandId, index),
      type: event.type,
      data: event.data,
      metadata,
    }));
    try {
      const result = await store.append(stream, proposed, revision ?? 'no_stream');
      // The store hands back what it wrote when it can; a read is needed only after a retry it recognised.
      const events = result.events ?? (await store.readStream(stream, { from: result.revision - proposed.length + 1, to: result.revision }));
      return { events, revision: result.revision, state: decided.reduce(decider.evolve, state), repeated: result.idempotent };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
    }
  }
  throw new ConcurrencyExhausted(stream, MAX_ATTEMPTS);
}
