import { OrgTree } from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProcessorRegistry } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { advanceProcessor } from './advance/advance.processor';
import { deadlineProcessor } from './deadlines/deadline.processor';
import { notifyProcessor } from './notify/notify.processor';
import { WindowDeadlineServices, windowDeadlineProcessors } from './window-deadlines/window-deadline-processors';

export interface ProcessorDeps {
  store: EventStore;
  rules: RuleBook;
  /** The hierarchy as recorded now (OrgTreeReader): escalations go above the route through it. */
  orgTree: { current(): Promise<OrgTree> };
  signingKey: string;
  webhookTimeoutMs: number;
  webhookAllowPrivate?: boolean;
  now?: () => Date;
  /** Submission-window deadlines (read models and scheduler); a process without them parks their jobs. */
  windowDeadlines?: WindowDeadlineServices;
}

/** Every job of the catalogue and the processor that runs it. */
export function workerProcessors(deps: ProcessorDeps): ProcessorRegistry {
  return ProcessorRegistry.of({
    'advance-dossier': advanceProcessor(deps),
    'deliver-webhook': notifyProcessor({ store: deps.store, signingKey: deps.signingKey, timeoutMs: deps.webhookTimeoutMs, allowPrivate: deps.webhookAllowPrivate, now: deps.now }),
    'fire-deadline': deadlineProcessor(deps),
    ...windowDeadlineProcessors(deps, deps.windowDeadlines),
  });
}
