import { Actor, OrgCommand } from '@app/domain';
import { EventStore } from '@app/event-store';
import { organisationRegistry, ORGANISATION_REGISTRY_STREAM, RegistryState } from '../organisations/organisation-registry';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';
import { commandMetadata } from './command-metadata';

export interface OrgCommandInput {
  command: OrgCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
}

export function runOrgCommand(store: EventStore, input: OrgCommandInput): Promise<CommandOutcome<RegistryState>> {
  const { actor } = input;
  return runDeciderCommand(
    store,
    organisationRegistry,
    {
      stream: ORGANISATION_REGISTRY_STREAM,
      command: input.command,
      request: input.command,
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId, input.correlationId),
    },
    () => ({ now: input.now, actor }),
  );
}
