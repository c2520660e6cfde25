import { Actor, CALENDAR_STREAM, calendarDaysDecider, SetCalendarDay } from '@app/domain';
import { EventStore } from '@app/event-store';
import { commandMetadata } from './command-metadata';
import { runDeciderCommand } from './decider-command-runner';

export function runCalendarCommand(store: EventStore, input: { command: SetCalendarDay; actor: Actor; commandId: string; now: Date }) {
  const { actor } = input;
  return runDeciderCommand(
    store,
    calendarDaysDecider,
    {
      stream: CALENDAR_STREAM,
      command: input.command,
      request: input.command,
      commandId: input.commandId,
      metadata: commandMetadata(actor, input.commandId),
    },
    () => ({ now: input.now, actor }),
  );
}
