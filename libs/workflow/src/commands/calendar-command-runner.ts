import { Actor, CALENDAR_STREAM, calendarDaysDecider, SetCalendarDay } from '@app/domain';
import { EventStore } from '@app/event-store';
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
      metadata: { actor: actor.userId, role: actor.role, ...(actor.role === 'system' ? {} : { org: actor.orgId }), correlationId: input.commandId },
    },
    () => ({ now: input.now, actor }),
  );
}
