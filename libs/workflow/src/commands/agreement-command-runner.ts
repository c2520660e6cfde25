import { Actor, Agreement, AgreementCommand, agreementDecider, agreementStream } from '@app/domain';
import { EventStore } from '@app/event-store';
import { OrgTreeReader } from '../organisations/org-tree-reader';
import { commandMetadata } from './command-metadata';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';

export interface AgreementCommandInput {
  command: AgreementCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
}

/**
 * One command on an agreement's stream (`agreement-<agreementId>`). Signatories are checked
 * against the organisation tree as recorded now, read from the registry stream.
 */
export function runAgreementCommand(store: EventStore, orgTree: OrgTreeReader, input: AgreementCommandInput): Promise<CommandOutcome<Agreement>> {
  const { actor, command } = input;
  return runDeciderCommand(
    store,
    agreementDecider,
    {
      stream: agreementStream(command.data.agreementId),
      command,
      request: command,
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId, input.correlationId),
    },
    async () => ({ now: input.now, actor, tree: await orgTree.current() }),
  );
}
