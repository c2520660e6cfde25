import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Agreement } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AgreementCommandInput, runAgreementCommand } from '../commands/agreement-command-runner';
import { CommandOutcome } from '../commands/decider-command-runner';
import { OrgTreeReader } from '../organisations/org-tree-reader';

export class IssueAgreementCommand extends Command<CommandOutcome<Agreement>> {
  constructor(readonly input: AgreementCommandInput) {
    super();
  }
}

@CommandHandler(IssueAgreementCommand)
export class IssueAgreementCommandHandler implements ICommandHandler<IssueAgreementCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly orgTree: OrgTreeReader,
  ) {}

  execute({ input }: IssueAgreementCommand): Promise<CommandOutcome<Agreement>> {
    return runAgreementCommand(this.store, this.orgTree, input);
  }
}
