import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AwardCase } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AWARD_LEDGER_SOURCE, AwardLedgerSource } from '../awards/award-ledger-source';
import { AwardRuleBook } from '../awards/award-rule-book';
import { AwardCommandInput, runAwardCommand } from '../commands/award-command-runner';
import { CommandOutcome } from '../commands/decider-command-runner';
import { OrgTreeReader } from '../organisations/org-tree-reader';

export class IssueAwardCommand extends Command<CommandOutcome<AwardCase>> {
  constructor(readonly input: AwardCommandInput) {
    super();
  }
}

@CommandHandler(IssueAwardCommand)
export class IssueAwardCommandHandler implements ICommandHandler<IssueAwardCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly awardRules: AwardRuleBook,
    @Inject(AWARD_LEDGER_SOURCE) private readonly ledger: AwardLedgerSource,
    private readonly orgTree: OrgTreeReader,
  ) {}

  execute({ input }: IssueAwardCommand): Promise<CommandOutcome<AwardCase>> {
    return runAwardCommand({ store: this.store, awardRules: this.awardRules, ledger: this.ledger, orgTree: this.orgTree }, input);
  }
}
