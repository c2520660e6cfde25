import { Job } from 'bullmq';
import { DeadlineScheduling } from '../deadlines/deadline-jobs';
import { JobQueues } from '../enqueue/job-queues';
import { FireWindowDeadlineJob, windowDeadlineJobId } from './window-deadline.job';

/**
 * The delayed window-deadline jobs, made to match a list of pending window deadlines (the truth,
 * from the events), exactly as `DeadlineJobs` does for review steps: keyed by the deterministic job
 * id, so several processes may schedule the same deadlines at once and adding an id that exists
 * is a no-op.
 */
export class WindowDeadlineJobs {
  constructor(
    private readonly queues: JobQueues,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedule(deadlines: readonly FireWindowDeadlineJob[]): Promise<DeadlineScheduling> {
    const outcome: DeadlineScheduling = { added: 0, moved: 0, replaced: 0, unchanged: 0 };
    const queue = this.queues.queue('deadline');
    const existing = await Promise.all(deadlines.map((deadline) => queue.getJob(windowDeadlineJobId(deadline))));
    const toAdd: FireWindowDeadlineJob[] = [];
    await Promise.all(
      deadlines.map(async (deadline, index) => {
        const job = existing[index];
        const kind = job ? await this.reconcile(job, deadline) : 'added';
        outcome[kind] += 1;
        if (kind === 'added' || kind === 'replaced') toAdd.push(deadline);
      }),
    );
    if (toAdd.length > 0) await this.queues.enqueue(toAdd.map((data) => ({ name: 'fire-window-deadline', data })));
    return outcome;
  }

  private async reconcile(job: Job, deadline: FireWindowDeadlineJob): Promise<keyof DeadlineScheduling> {
    const state = await job.getState();
    if (state === 'unknown') return 'added'; // removed since it was read
    if (state === 'completed' || state === 'failed') {
      // Still pending in the events although its job finished (it ran early, or was parked): again.
      await job.remove();
      return 'replaced';
    }
    if (state !== 'delayed' || (job.data as Partial<FireWindowDeadlineJob>).at === deadline.at) return 'unchanged';
    try {
      await job.changeDelay(Math.max(0, Date.parse(deadline.at) - this.now().getTime()));
    } catch (error) {
      // Promoted meanwhile: it runs now, and its processor puts it back if it is early.
      if ((await job.getState()) !== 'delayed') return 'unchanged';
      throw error;
    }
    await job.updateData({ ...deadline });
    return 'moved';
  }
}
