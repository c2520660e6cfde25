import { Command, Decider, Event, fold } from '../decider/decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * given / when / then for a decider, on jest's `expect`:
 *
 *   const spec = deciderSpec(dossierDecider, () => ({ now, actor, authority }));
 *   spec.given([created, submitted]).when(approve, { actor: reviewer }).then([approved]);
 *   spec.given([]).when(approve).thenThrows(NotFound, { aggregate: 'dossier' });
 *
 * `when` merges its context over the default one. `then` also checks what every decider output
 * must be: JSON-plain (no Date, no undefined) and accepted by `evolve` (each event moves the state).
 */
export function deciderSpec<S, C extends Command, E extends Event, Ctx extends object>(
  decider: Decider<S, C, E, Ctx>,
  defaultContext: () => Ctx,
) {
  return {
    given(events: readonly E[] = []) {
      const state = (): S => fold(decider, events);
      return {
        state,
        when(command: C, context: Partial<Ctx> = {}) {
          const run = () => decider.decide(command, state(), { ...defaultContext(), ...context });
          const then = (expected: readonly E[]): void => {
            const produced = run();
            expect(produced).toStrictEqual(expected);
            expect(JSON.parse(JSON.stringify(produced))).toStrictEqual(produced);
            produced.reduce((before, event) => {
              const after = decider.evolve(before, event);
              if (after === before) throw new Error(`evolve ignored ${event.type}, which decide produced`);
              return after;
            }, state());
          };
          return {
            then,
            thenNothing: (): void => then([]),
            thenThrows(errorClass: ErrorClass, fields?: Record<string, unknown>): void {
              let thrown: unknown = undefined;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              if (fields) expect(thrown).toMatchObject(fields);
            },
          };
        },
      };
    },
  };
}
