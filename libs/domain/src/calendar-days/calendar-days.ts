import { DeciderContext, stamp, Stamp } from '../actors/actor';
import { requireRole } from '../actors/actor.policy';
import { CalendarOverride } from '../calendar/calendar-override';
import { isLocalDate } from '../calendar/local-date';
import { Command, Decider, Event } from '../decider/decider';
import { InvalidCommand, InvalidTransition } from '../errors/domain.errors';

/**
 * Days an administrator declares after the shipped calendar was written (a Government notice of a
 * swapped working day, a local closure). They live as events in one stream, so every due date can
 * be recomputed later from the log alone; for the same date the last declaration wins.
 */
export const CALENDAR_STREAM = 'calendar-national';

export type SetCalendarDay = Command<'SetCalendarDay', { date: string; kind: 'day_off' | 'working_day'; reason: string }>;
export type CalendarDaySet = Event<'CalendarDaySet', { date: string; kind: 'day_off' | 'working_day'; reason: string } & Stamp>;

export interface CalendarDays {
  overrides: readonly CalendarOverride[];
}

export function decideCalendarDay(command: SetCalendarDay, state: CalendarDays, ctx: DeciderContext): CalendarDaySet[] {
  requireRole(ctx.actor, 'admin');
  const { date, kind, reason } = command.data;
  if (!isLocalDate(date)) throw new InvalidCommand('date', 'expected a date "YYYY-MM-DD"');
  if (kind !== 'day_off' && kind !== 'working_day') throw new InvalidCommand('kind', 'expected "day_off" or "working_day"');
  if (typeof reason !== 'string' || reason.trim() === '') throw new InvalidCommand('reason', 'must not be empty');
  const current = [...state.overrides].reverse().find((override) => override.date === date);
  if (current && current.kind === kind && current.reason === reason.trim()) throw new InvalidTransition(command.type, `already ${kind}`);
  return [{ type: 'CalendarDaySet', data: { date, kind, reason: reason.trim(), ...stamp(ctx) } }];
}

export const calendarDaysDecider: Decider<CalendarDays, SetCalendarDay, CalendarDaySet, DeciderContext> = {
  initialState: () => ({ overrides: [] }),
  decide: decideCalendarDay,
  evolve: (state, event) => ({ overrides: [...state.overrides, { date: event.data.date, kind: event.data.kind, reason: event.data.reason }] }),
};
