import { Job } from 'bullmq';
import { deadlineJobId } from '../catalogue/job-ids';
import { FireDeadlineJob } from '../catalogue/job-payloads';
import { JobQueues } from '../enqueue/job-queues';

/** What `schedule` found and did, deadline by deadline. */
export interface DeadlineScheduling {
  /** No job had the id: added. */
  added: number;
  /** Delayed for another moment (the due date moved): its delay changed. */
  moved: number;
  /** Completed or parked although the deadline is still pending: removed and added again. */
  replaced: number;
  /** Already delayed for that moment, or waiting or running. */
  unchanged: number;
}

/**
 * The delayed jobs of the `deadline` queue, made to match a list of pending deadlines (the truth,
 * from the events). Safe to run from several processes at once: every change is keyed by the
 * deterministic job id, and adding an id that exists is a no-op.
 */
export class DeadlineJobs {
  constructor(
    private readonly queues: JobQueues,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedule(deadlines: readonly FireDeadlineJob[]): Promise<DeadlineScheduling> {
    const outcome: DeadlineScheduling = { added: 0, moved: 0, replaced: 0, unchanged: 0 };
    const queue = this.queues.queue('deadline');
    const existing = await Promise.all(deadlines.map((deadline) => queue.getJob(deadlineJobId(deadline))));
    const toAdd: FireDeadlineJob[] = [];
    await Promise.all(
      deadlines.map(async (deadline, index) => {
        const job = existing[index];
        const kind = job ? await this.reconcile(job, deadline) : 'added';
        outcome[kind] += 1;
        if (kind === 'added' || kind === 'replaced') toAdd.push(deadline);
      }),
    );
    if (toAdd.length > 0) await this.queues.enqueue(toAdd.map((data) => ({ name: 'fire-deadline', data })));
    return outcome;
  }

  private async reconcile(job: Job, deadline: FireDeadlineJob): Promise<keyof DeadlineScheduling> {
    const state = await job.getState();
    if (state === 'unknown') return 'added'; // removed since it was read
    if (state === 'completed' || state === 'failed') {
      await job.remove();
      return 'replaced';
    }
    if (state !== 'delayed' || (job.data as Partial<FireDeadlineJob>).at === deadline.at) return 'unchanged';
    try {
      await job.changeDelay(Math.max(0, Date.parse(deadline.at) - this.now().getTime()));
    } catch (error) {
      // Promoted meanwhile: it runs now, and its processor reschedules it if it is early.
      if ((await job.getState()) !== 'delayed') return 'unchanged';
      throw error;
    }
    // After the delay, never before: a stale `at` only makes the next pass move it again, while
    // an updated `at` over an old schedule would hide a job left to fire late.
    await job.updateData({ ...deadline });
    return 'moved';
  }
}
