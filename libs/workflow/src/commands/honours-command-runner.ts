import { Actor, Honours, HonoursCommand, honoursDecider, honoursStream, InvalidCommand, NOMINEE_KEY } from '@app/domain';
import { EventStore } from '@app/event-store';
import { claimAchievement } from '../awards/achievement-claims';
import { commandMetadata } from './command-metadata';
import { CommandOutcome, runDeciderCommand } from './decider-command-runner';

export interface HonoursCommandInput {
  command: HonoursCommand;
  actor: Actor;
  commandId: string;
  now: Date;
  correlationId?: string;
}

/**
 * One entry in a nominee's record (`honours-<nomineeKey>`): a yearly result, or an award decided
 * before or outside this system. An earlier award claims its (nominee, achievement) pair like a
 * nomination does, after the record accepted it, so no nomination can reward that achievement again.
 */
export function runHonoursCommand(store: EventStore, input: HonoursCommandInput): Promise<CommandOutcome<Honours>> {
  const { command, actor, commandId, now } = input;
  if (typeof command.data.nomineeKey !== 'string' || !NOMINEE_KEY.test(command.data.nomineeKey)) {
    throw new InvalidCommand('nomineeKey', 'letters, digits, ".", "-" and "_"');
  }
  const context = { now, actor };
  return runDeciderCommand(
    store,
    honoursDecider,
    {
      stream: honoursStream(command.data.nomineeKey),
      command: async (state) => {
        if (command.type === 'RecordPriorAward') {
          const [recorded] = honoursDecider.decide(command, state, context);
          if (recorded.type === 'PriorAwardRecorded') {
            const { nomineeKey, achievementKey, form, year, decisionRef } = recorded.data;
            await claimAchievement(store, { nomineeKey, achievementKey, holder: { kind: 'prior_award', form, year, decisionRef } }, input);
          }
        }
        return command;
      },
      request: command,
      commandId,
      metadata: commandMetadata(actor, commandId, input.correlationId),
    },
    () => context,
  );
}
