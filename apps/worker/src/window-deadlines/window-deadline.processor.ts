import { DomainError, EscalateSubmissionWindow, OrgTree, pendingWindowDeadlines, RemindSubmissionWindow, systemActor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { JobHandler, JobNotDue, PermanentJobFailure } from '@app/queue';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runMovementCommand } from '@app/workflow/commands/movement-command-runner';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { WindowFacts } from './window-facts';
import { windowPolicies } from './window-rules';

export const WINDOW_DEADLINE_ACTOR = systemActor('worker:window-deadline');

export interface WindowDeadlineDeps {
  store: EventStore;
  rules: RuleBook;
  orgTree: { current(): Promise<OrgTree> };
  facts: Pick<WindowFacts, 'at'>;
  now?: () => Date;
}

/**
 * The command id of one window deadline: the job id and the moment the window was last set, so
 * every run of the job is the same command, while a window moved away and back to the same date
 * (its reminders and escalations reset) gets deadlines of its own.
 */
export const windowDeadlineCommandId = (jobId: string, windowSetAt: string): string =>
  deterministicUuid(`fire-window-deadline\n${jobId}\n${windowSetAt}`);

/**
 * Fires one window deadline. It acts only while the organisation is still without a plan under
 * that very window (same due date, still the window binding it) and this reminder or escalation
 * is the one pending now: a plan submitted since, a window moved or closed, a deadline already
 * fired, all make the job end having appended nothing. A job that runs before its moment goes
 * back to the delayed set until then. A refusal by the domain parks the job; anything else is
 * rethrown for BullMQ to retry.
 */
export function windowDeadlineProcessor(deps: WindowDeadlineDeps): JobHandler<'fire-window-deadline'> {
  return async (job) => {
    const { movementId, windowId, orgId, dueAt, action, attempt } = job.data;
    const now = deps.now?.() ?? new Date();
    const { tree, movements, missing } = await deps.facts.at(now, [movementId]);
    const late = missing.find((m) => m.movementId === movementId && m.windowId === windowId && m.orgId === orgId && m.dueAt === dueAt);
    const state = movements.find((m) => m.status === 'launched' && m.definition.movementId === movementId);
    if (!late || !state || state.status !== 'launched') return;
    const due = pendingWindowDeadlines(state, [late], tree, windowPolicies(deps.rules)).find(
      (pending) => pending.action === action && pending.attempt === attempt,
    );
    if (!due) return;
    if (Date.parse(due.at) > now.getTime()) throw new JobNotDue(new Date(due.at));
    const key = { movementId, windowId, orgId, dueAt };
    const command: RemindSubmissionWindow | EscalateSubmissionWindow =
      action === 'remind' ? { type: 'RemindSubmissionWindow', data: key } : { type: 'EscalateSubmissionWindow', data: { ...key, attempt } };
    try {
      await runMovementCommand(
        { store: deps.store, orgTree: deps.orgTree },
        { command, actor: WINDOW_DEADLINE_ACTOR, commandId: windowDeadlineCommandId(job.id, state.windowsSetAt[windowId] ?? ''), now },
      );
    } catch (error) {
      if (error instanceof DomainError) throw new PermanentJobFailure(`window deadline ${job.id}: ${error.message}`);
      throw error;
    }
  };
}
