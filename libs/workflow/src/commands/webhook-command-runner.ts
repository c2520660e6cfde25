import { Actor } from '@app/domain';
import { Webhook, WebhookCommand, webhookDecider, webhookStream } from '@app/domain/webhooks';
import { EventStore } from '@app/event-store';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';
import { commandMetadata } from './command-metadata';

export interface WebhookCommandInput {
  command: WebhookCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
  causationId?: string;
}

/** One webhook command: load `webhook-<id>`, decide, append (a repeated command id appends nothing). */
export function runWebhookCommand(store: EventStore, input: WebhookCommandInput): Promise<CommandOutcome<Webhook>> {
  const { actor, command } = input;
  return runDeciderCommand(
    store,
    webhookDecider,
    {
      stream: webhookStream(command.data.webhookId),
      command,
      request: command,
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId, input.correlationId, input.causationId),
    },
    () => ({ now: input.now, actor }),
  );
}
