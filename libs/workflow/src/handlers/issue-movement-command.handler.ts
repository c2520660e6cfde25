import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Movement } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandOutcome } from '../commands/decider-command-runner';
import { MovementCommandInput, runMovementCommand } from '../commands/movement-command-runner';
import { OrgTreeReader } from '../organisations/org-tree-reader';

export class IssueMovementCommand extends Command<CommandOutcome<Movement>> {
  constructor(readonly input: MovementCommandInput) {
    super();
  }
}

@CommandHandler(IssueMovementCommand)
export class IssueMovementCommandHandler implements ICommandHandler<IssueMovementCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly orgTree: OrgTreeReader,
  ) {}

  execute({ input }: IssueMovementCommand): Promise<CommandOutcome<Movement>> {
    return runMovementCommand({ store: this.store, orgTree: this.orgTree }, input);
  }
}
