import { Dossier, DossierCommand, InvalidPayload, planMovementIssues, validateImplementationPlan } from '@app/domain';
import { EventStore } from '@app/event-store';
import { DossierCommandInput } from './dossier-command-runner';
import { loadMovement } from './movement-command-runner';

/** The same input, its command checked by `checkPlanMovement` each time it is decided (never on a repeat). */
export function withPlanMovementCheck(store: EventStore, input: DossierCommandInput): DossierCommandInput {
  const { command } = input;
  return {
    ...input,
    request: input.request ?? (command as DossierCommand),
    command: async (state: Dossier) => {
      const decided = typeof command === 'function' ? await command(state) : command;
      await checkPlanMovement(store, decided, state);
      return decided;
    },
  };
}

/**
 * Before a plan naming a movement is created or edited: the movement must exist and still run, and
 * the plan's contents may map only onto the movement's contents (422 otherwise, nothing appended).
 * The movement is another stream, so the dossier decider cannot see it; it is read here, as it
 * stands when the command is decided (a repeated command returns its first result unchecked).
 * A payload that is not a well-formed plan is left to the decider, which lists its issues itself.
 */
export async function checkPlanMovement(store: EventStore, command: DossierCommand, state: Dossier): Promise<void> {
  const payload = planPayloadOf(command, state);
  if (payload?.movementId === undefined) return;
  const issues = planMovementIssues(payload, await loadMovement(store, payload.movementId));
  if (issues.length > 0) throw new InvalidPayload(issues);
}

function planPayloadOf(command: DossierCommand, state: Dossier) {
  const plan =
    (command.type === 'CreateDossier' && command.data.kind === 'implementation_plan') ||
    (command.type === 'EditDossier' && state.status !== 'empty' && state.content.kind === 'implementation_plan');
  if (!plan) return undefined;
  try {
    return validateImplementationPlan(command.data.payload);
  } catch {
    return undefined;
  }
}
