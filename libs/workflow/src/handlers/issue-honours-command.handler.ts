import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Honours } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandOutcome } from '../commands/decider-command-runner';
import { HonoursCommandInput, runHonoursCommand } from '../commands/honours-command-runner';

export class IssueHonoursCommand extends Command<CommandOutcome<Honours>> {
  constructor(readonly input: HonoursCommandInput) {
    super();
  }
}

@CommandHandler(IssueHonoursCommand)
export class IssueHonoursCommandHandler implements ICommandHandler<IssueHonoursCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input }: IssueHonoursCommand): Promise<CommandOutcome<Honours>> {
    return runHonoursCommand(this.store, input);
  }
}
