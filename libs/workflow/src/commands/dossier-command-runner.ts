import {
  Actor,
  authorityPolicyFromTable,
  Dossier,
  DossierCommand,
  dossierDecider,
} from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import { RuleBook } from '../deadlines/rule-book';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';
import { commandMetadata } from './command-metadata';
import { dossierStream } from './dossier-stream';

export interface DossierCommandInput {
  dossierId: string;
  /** The command, or (for a submission) a function that plans it from the dossier's state. */
  command: DossierCommand | ((state: Dossier) => DossierCommand | Promise<DossierCommand>);
  /** What the caller asked for, when `command` is planned; defaults to `command` itself. */
  request?: { type: string; data: unknown };
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
  causationId?: string;
}

export interface DossierCommandResult {
  events: RecordedEvent[];
  revision: number | null;
  state: Dossier;
  repeated: boolean;
}

const defaultRules = new RuleBook();

/** One dossier command, from the API or a worker: load, decide, append (see runDeciderCommand). */
export async function runDossierCommand(
  deps: { store: EventStore; rules?: RuleBook },
  input: DossierCommandInput,
): Promise<DossierCommandResult> {
  const rules = deps.rules ?? defaultRules;
  const { actor } = input;
  const outcome: CommandOutcome<Dossier> = await runDeciderCommand(
    deps.store,
    dossierDecider,
    {
      stream: dossierStream(input.dossierId),
      command: input.command,
      request: input.request ?? (input.command as DossierCommand),
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId, input.correlationId, input.causationId),
    },
    () => ({
      now: input.now,
      actor,
      authority: authorityPolicyFromTable(rules.inForce(input.now).authority),
      deadlines: rules.deadlines,
    }),
  );
  return outcome;
}
