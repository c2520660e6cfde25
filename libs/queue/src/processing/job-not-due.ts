/**
 * Thrown by a processor whose job ran before its time (a clock ahead of the one that scheduled
 * it, or a due date that moved later): the job goes back to the delayed set until `dueAt`,
 * without counting as a failed attempt.
 */
export class JobNotDue extends Error {
  override readonly name = 'JobNotDue';

  constructor(readonly dueAt: Date) {
    super(`not due before ${dueAt.toISOString()}`);
  }
}
