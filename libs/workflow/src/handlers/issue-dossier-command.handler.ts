import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dossierDecider, fold, InvalidTransition } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { DossierCommandInput, DossierCommandResult, runDossierCommand } from '../commands/dossier-command-runner';
import { dossierStream } from '../commands/dossier-stream';
import { RuleBook } from '../deadlines/rule-book';
import { DossierConflict } from './dossier-conflict';
import { withPlanMovementCheck } from '../commands/plan-movement-check';

export class IssueDossierCommand extends Command<DossierCommandResult> {
  constructor(readonly input: DossierCommandInput) {
    super();
  }
}

@CommandHandler(IssueDossierCommand)
export class IssueDossierCommandHandler implements ICommandHandler<IssueDossierCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly rules: RuleBook,
  ) {}

  async execute({ input }: IssueDossierCommand): Promise<DossierCommandResult> {
    try {
      return await runDossierCommand({ store: this.store, rules: this.rules }, withPlanMovementCheck(this.store, input));
    } catch (error) {
      if (!(error instanceof InvalidTransition)) throw error;
      const events = await this.store.readStream(dossierStream(input.dossierId));
      throw new DossierConflict(error, fold(dossierDecider, events as never));
    }
  }
}
