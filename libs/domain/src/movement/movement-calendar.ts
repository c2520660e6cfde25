import { endOfLocalDay, toDayNumber } from '../calendar';
import { MovementDefinition, MovementPhase, SubmissionWindow, SummaryKind } from './movement.definition';

/** A window is due at the end of its day in Viet Nam (23:59:59.999 UTC+7), as an ISO instant. */
export function windowDueAt(window: Pick<SubmissionWindow, 'dueOn'>): string {
  return endOfLocalDay(toDayNumber(window.dueOn)).toISOString();
}

/** The phases a year belongs to: two in a boundary year such as 2027 (phase 1 ends, phase 2 starts). */
export function phasesInYear(definition: Pick<MovementDefinition, 'phases'>, year: number): MovementPhase[] {
  return definition.phases.filter((phase) => phase.firstYear <= year && year <= phase.lastYear);
}

/** The summary due in a year (`preliminary_summary` in 2027, `final_summary` in 2030), if any. */
export function summaryDueIn(definition: Pick<MovementDefinition, 'phases'>, year: number): MovementPhase | undefined {
  return definition.phases.find((phase) => phase.summaryYear === year);
}

/**
 * The years a summary covers: from the movement's first year to the summary year. A summary
 * reads each organisation's latest report in that range (values are positions at year end).
 */
export function summaryYears(definition: Pick<MovementDefinition, 'phases'>, kind: SummaryKind): { from: number; to: number } {
  const phase = definition.phases.find((p) => p.summary === kind);
  if (!phase) throw new RangeError(`the movement has no ${kind}`);
  return { from: definition.phases[0].firstYear, to: phase.summaryYear };
}
