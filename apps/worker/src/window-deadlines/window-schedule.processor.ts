import { JobHandler } from '@app/queue';
import { WindowDeadlineScheduler } from './window-deadline-scheduler';

/**
 * After an event that opens or moves a movement's window deadlines (launched, a window set, a
 * reminder or an escalation recorded): schedules them from the movement as its stream now holds
 * it. Running it twice schedules the same jobs under the same ids.
 */
export function windowScheduleProcessor(scheduler: Pick<WindowDeadlineScheduler, 'reschedule'>): JobHandler<'schedule-window-deadlines'> {
  return async (job) => {
    await scheduler.reschedule([job.data.movementId]);
  };
}
