import { Movement, pendingWindowDeadlines, PendingWindowDeadline } from '@app/domain';
import { DeadlineScheduling, WindowDeadlineJobs } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { WindowFacts } from './window-facts';
import { windowPolicies } from './window-rules';

export interface WindowDeadlineSchedulerDeps {
  facts: Pick<WindowFacts, 'at'>;
  rules: RuleBook;
  jobs: Pick<WindowDeadlineJobs, 'schedule'>;
  now?: () => Date;
}

export interface WindowRescheduling extends DeadlineScheduling {
  movements: number;
  deadlines: number;
}

/**
 * Makes the delayed jobs of some movements' windows (all launched movements when none are named)
 * match their pending window deadlines: added, moved or left as they are (see WindowDeadlineJobs).
 * Used after an event that opens or moves them (through the `schedule-window-deadlines` job the
 * dispatcher adds) and by the reconciler. A reminder whose window has already passed is never
 * sent, so none is scheduled.
 */
export class WindowDeadlineScheduler {
  constructor(private readonly deps: WindowDeadlineSchedulerDeps) {}

  async reschedule(movementIds?: readonly string[]): Promise<WindowRescheduling> {
    const now = this.deps.now?.() ?? new Date();
    const { tree, movements, missing } = await this.deps.facts.at(now, movementIds ?? []);
    const named = movementIds === undefined ? undefined : new Set(movementIds);
    const targets = movements.filter((state) => !named || named.has(idOf(state)));
    const policy = windowPolicies(this.deps.rules);
    const pending = targets
      .flatMap((state) => pendingWindowDeadlines(state, missing, tree, policy))
      .filter((deadline) => !moot(deadline, now));
    const scheduling = await this.deps.jobs.schedule(pending);
    return { ...scheduling, movements: targets.length, deadlines: pending.length };
  }
}

const idOf = (state: Movement): string => (state.status === 'unlaunched' ? '' : state.definition.movementId);

const moot = (deadline: PendingWindowDeadline, now: Date): boolean => deadline.action === 'remind' && Date.parse(deadline.dueAt) <= now.getTime();
