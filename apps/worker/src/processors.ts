import { EventStore } from '@app/event-store';
import { ProcessorRegistry } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { advanceProcessor } from './advance/advance.processor';
import { notifyProcessor } from './notify/notify.processor';

export interface ProcessorDeps {
  store: EventStore;
  rules: RuleBook;
  signingKey: string;
  webhookTimeoutMs: number;
  now?: () => Date;
}

/** Every job of the catalogue and the processor that runs it. */
export function workerProcessors(deps: ProcessorDeps): ProcessorRegistry {
  return ProcessorRegistry.of({
    'advance-dossier': advanceProcessor(deps),
    'deliver-webhook': notifyProcessor({ store: deps.store, signingKey: deps.signingKey, timeoutMs: deps.webhookTimeoutMs, now: deps.now }),
  });
}
