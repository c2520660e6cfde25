import { Actor, OrgCommand } from '@app/domain';
import { EventStore } from '@app/event-store';
import { organisationRegistry, ORGANISATION_REGISTRY_STREAM, RegistryState } from '../organisations/organisation-registry';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';

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
      metadata: {
        actor: actor.userId,
        role: actor.role,
        ...(actor.role === 'system' ? {} : { org: actor.orgId }),
        correlationId: input.correlationId ?? input.commandId,
      },
    },
    () => ({ now: input.now, actor }),
  );
}
