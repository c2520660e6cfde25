/**
 * The decider contract every aggregate follows: three plain functions and no framework.
 *
 *   state  = events.reduce(evolve, initialState())
 *   events = decide(command, state, ctx)        // throws a DomainError when the command is refused
 *
 * Time, identity and configuration come in through `ctx`, so a replay on any day gives the same
 * answer. Commands and events are plain `{ type, data }` objects; event data is JSON-plain (ISO
 * strings for instants, no `undefined` values: optional keys are omitted).
 */
export type Command<Type extends string = string, Data extends object = object> = {
  readonly type: Type;
  readonly data: Data;
};

export type Event<Type extends string = string, Data extends object = object> = {
  readonly type: Type;
  readonly data: Data;
};

export interface Decider<State, C extends Command, E extends Event, Ctx> {
  initialState: () => State;
  decide: (command: C, state: State, ctx: Ctx) => E[];
  evolve: (state: State, event: E) => State;
}

/** Rebuilds a state from its events. */
export function fold<State, E extends Event>(
  decider: Pick<Decider<State, Command, E, unknown>, 'initialState' | 'evolve'>,
  events: readonly E[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
