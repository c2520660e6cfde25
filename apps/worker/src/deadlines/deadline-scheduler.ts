import { DeadlinePolicies, OpenStepDeadlineFacts, PendingDeadline, pendingDeadlinesOfStep, UnknownRuleSetVersionError } from '@app/domain';
import { EventStore } from '@app/event-store';
import { DeadlineJobs, DeadlineScheduling, QueueLog } from '@app/queue';
import { pendingDeadlinesOf } from './pending-deadlines-of';
import { mapWithConcurrency } from './with-concurrency';

export interface DeadlineSchedulerDeps {
  store: EventStore;
  /** The deadline rules by rule-set version (`RuleBook.deadlines`). */
  policies: () => DeadlinePolicies;
  jobs: DeadlineJobs;
  log: QueueLog;
  /** Dossier streams read at once (default 8). */
  concurrency?: number;
}

export interface Rescheduling extends DeadlineScheduling {
  dossiers: number;
  deadlines: number;
}

/**
 * Makes the delayed jobs of some dossiers match their pending deadlines: each stream is read and
 * folded, then every pending deadline is added, moved or left as it is (see DeadlineJobs). Used by
 * the dispatcher after an event that opens or moves a deadline, and by the reconciler.
 */
export class DeadlineScheduler {
  constructor(private readonly deps: DeadlineSchedulerDeps) {}

  async reschedule(dossierIds: readonly string[]): Promise<Rescheduling> {
    const policies = this.deps.policies();
    const pending = await mapWithConcurrency([...new Set(dossierIds)], this.deps.concurrency ?? 8, (dossierId) =>
      this.orNothing(dossierId, () => pendingDeadlinesOf(this.deps.store, dossierId, policies)),
    );
    return this.schedule(pending);
  }

  /**
   * The same for running steps whose deadline facts are known without their streams (from a read
   * model known to be current for them: see DeadlineReconciler).
   */
  async scheduleOpenSteps(steps: readonly OpenStepDeadlineFacts[]): Promise<Rescheduling> {
    const policies = this.deps.policies();
    const pending = await Promise.all(steps.map((step) => this.orNothing(step.dossierId, async () => pendingDeadlinesOfStep(step, policies))));
    return this.schedule(pending);
  }

  private async schedule(pending: PendingDeadline[][]): Promise<Rescheduling> {
    const deadlines = pending.flat();
    const scheduling = deadlines.length > 0 ? await this.deps.jobs.schedule(deadlines) : { added: 0, moved: 0, replaced: 0, unchanged: 0 };
    return { ...scheduling, dossiers: pending.length, deadlines: deadlines.length };
  }

  /**
   * One dossier under a rule-set version this installation lacks must not hold up every other:
   * it is reported here, on each pass, until the version is installed.
   */
  private async orNothing(dossierId: string, pending: () => Promise<PendingDeadline[]>): Promise<PendingDeadline[]> {
    try {
      return await pending();
    } catch (error) {
      if (!(error instanceof UnknownRuleSetVersionError)) throw error;
      this.deps.log.error(`deadlines of dossier ${dossierId} not scheduled: ${error.message}`);
      return [];
    }
  }
}
