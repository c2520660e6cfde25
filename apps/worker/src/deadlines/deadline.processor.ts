import { DomainError, HandleDeadline, OrgTree, pendingDeadlines, systemActor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { JobHandler, JobNotDue, PermanentJobFailure } from '@app/queue';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runDossierCommand } from '@app/workflow/commands/dossier-command-runner';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { escalationChain } from './escalation-chain';

export const DEADLINE_ACTOR = systemActor('worker:deadline');

export interface DeadlineDeps {
  store: EventStore;
  rules: RuleBook;
  orgTree: { current(): Promise<OrgTree> };
  now?: () => Date;
}

/** The command id of one deadline job: every run of it, and every copy re-created under its id, is the same command. */
export const deadlineCommandId = (jobId: string): string => deterministicUuid(`fire-deadline\n${jobId}`);

/**
 * Fires one deadline: `HandleDeadline` re-reads the dossier and acts only if that very deadline is
 * still pending and due, so a job for a decided step, or run twice, appends nothing. When nothing
 * was appended and the deadline is still pending but not yet due (a clock ahead of the scheduler's,
 * or a due date moved later), the job goes back to the delayed set until then: never early.
 * A refusal by the domain parks the job; anything else is rethrown for BullMQ to retry.
 */
export function deadlineProcessor(deps: DeadlineDeps): JobHandler<'fire-deadline'> {
  return async (job) => {
    const { dossierId, round, step, action, attempt } = job.data;
    const now = deps.now?.() ?? new Date();
    // What identifies the request: the chain is not part of it, it depends on when the job runs.
    const request = { type: 'HandleDeadline', data: { dossierId, round, step, action, attempt } } satisfies HandleDeadline;
    try {
      const result = await runDossierCommand(
        { store: deps.store, rules: deps.rules },
        {
          dossierId,
          command: async (state): Promise<HandleDeadline> =>
            action === 'escalate'
              ? { ...request, data: { ...request.data, escalationChain: await escalationChain(state, job.data, () => deps.orgTree.current()) } }
              : request,
          request,
          actor: DEADLINE_ACTOR,
          commandId: deadlineCommandId(job.id),
          now,
        },
      );
      if (result.events.length > 0) return;
      const same = pendingDeadlines(result.state, deps.rules.deadlines).find(
        (pending) => pending.round === round && pending.step === step && pending.action === action && pending.attempt === attempt,
      );
      if (same && Date.parse(same.at) > now.getTime()) throw new JobNotDue(new Date(same.at));
    } catch (error) {
      if (error instanceof DomainError) throw new PermanentJobFailure(`deadline ${job.id}: ${error.message}`);
      throw error;
    }
  };
}
