/**
 * Raised when holiday data or an override is malformed. Lists every problem at once, each
 * prefixed with the path of the offending field, so an administrator can fix a file in one pass.
 */
export class CalendarDataError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid calendar data:\n  - ${issues.join('\n  - ')}`);
    this.name = 'CalendarDataError';
  }
}
