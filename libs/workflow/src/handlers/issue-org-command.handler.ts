import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandOutcome } from '../commands/decider-command-runner';
import { OrgCommandInput, runOrgCommand } from '../commands/org-command-runner';
import { RegistryState } from '../organisations/organisation-registry';

export class IssueOrgCommand extends Command<CommandOutcome<RegistryState>> {
  constructor(readonly input: OrgCommandInput) {
    super();
  }
}

@CommandHandler(IssueOrgCommand)
export class IssueOrgCommandHandler implements ICommandHandler<IssueOrgCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input }: IssueOrgCommand): Promise<CommandOutcome<RegistryState>> {
    return runOrgCommand(this.store, input);
  }
}
