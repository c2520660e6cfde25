import { AdvanceDossier, DomainError, systemActor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { JobHandler, PermanentJobFailure } from '@app/queue';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runDossierCommand } from '@app/workflow/commands/dossier-command-runner';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { nextStepDue } from './next-step-due';

export const ADVANCE_ACTOR = systemActor('worker:advance');

export interface AdvanceDeps {
  store: EventStore;
  rules: RuleBook;
  now?: () => Date;
}

/** The command id of the follow-up to one approval: a rerun of the job is the same command. */
export const advanceCommandId = (approvalEventId: string): string => deterministicUuid(`advance-dossier\n${approvalEventId}`);

/**
 * After a step's approval, opens the next step (due date from the recorded rule-set version) or
 * records the final approval. The domain makes a rerun harmless: once the follow-up exists the
 * command decides nothing. A refusal by the domain means the job itself is wrong, so it is parked;
 * anything else (database, network) is rethrown for BullMQ to retry.
 */
export function advanceProcessor(deps: AdvanceDeps): JobHandler<'advance-dossier'> {
  return async ({ data }) => {
    const { eventId, dossierId, round, afterStep, correlationId } = data;
    const now = deps.now?.() ?? new Date();
    try {
      await runDossierCommand(
        { store: deps.store, rules: deps.rules },
        {
          dossierId,
          // Planned on the state the decider sees, on every attempt of the runner.
          command: (state): AdvanceDossier => {
            const dueAt = nextStepDue(state, { round, afterStep }, now, deps.rules);
            return { type: 'AdvanceDossier', data: { dossierId, round, afterStep, ...(dueAt ? { dueAt } : {}) } };
          },
          // What identifies the request: the due date is not part of it, it depends on when the job runs.
          request: { type: 'AdvanceDossier', data: { dossierId, round, afterStep } },
          actor: ADVANCE_ACTOR,
          commandId: advanceCommandId(eventId),
          now,
          causationId: eventId,
          ...(correlationId ? { correlationId } : {}),
        },
      );
    } catch (error) {
      if (error instanceof DomainError) throw new PermanentJobFailure(`dossier ${dossierId} ${round}.${afterStep}: ${error.message}`);
      throw error;
    }
  };
}
