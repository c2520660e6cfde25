import { OrgTree } from '@app/domain';
import { EventStore } from '@app/event-store';
import { JobHandlers, PermanentJobFailure } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { WindowDeadlineScheduler } from './window-deadline-scheduler';
import { windowDeadlineProcessor } from './window-deadline.processor';
import { WindowFacts } from './window-facts';
import { windowScheduleProcessor } from './window-schedule.processor';

/** What the window-deadline jobs need beyond the event store: the read models behind `WindowFacts`, and the scheduler. */
export interface WindowDeadlineServices {
  facts: Pick<WindowFacts, 'at'>;
  scheduler: Pick<WindowDeadlineScheduler, 'reschedule'>;
}

type WindowJobs = Pick<JobHandlers, 'fire-window-deadline' | 'schedule-window-deadlines'>;

/**
 * The processors of the two window-deadline jobs. A process wired without the services (a test
 * world of review steps only) still has a processor for each, as the registry demands, which
 * parks such a job rather than dropping it.
 */
export function windowDeadlineProcessors(
  deps: { store: EventStore; rules: RuleBook; orgTree: { current(): Promise<OrgTree> }; now?: () => Date },
  services: WindowDeadlineServices | undefined,
): WindowJobs {
  if (!services) {
    const unwired = async () => {
      throw new PermanentJobFailure('window deadlines are not wired in this process');
    };
    return { 'fire-window-deadline': unwired, 'schedule-window-deadlines': unwired };
  }
  return {
    'fire-window-deadline': windowDeadlineProcessor({ ...deps, facts: services.facts }),
    'schedule-window-deadlines': windowScheduleProcessor(services.scheduler),
  };
}
