export interface RuleSetIssue {
  /** Dotted path of the offending field, e.g. "deadlines.award_nomination.unit". */
  readonly path: string;
  readonly message: string;
}

export class RuleSetValidationError extends Error {
  constructor(
    readonly subject: string,
    readonly issues: readonly RuleSetIssue[],
  ) {
    super(`invalid ${subject}:\n  - ${issues.map((i) => `${i.path}: ${i.message}`).join('\n  - ')}`);
    this.name = 'RuleSetValidationError';
  }
}

export class NoRuleSetInForceError extends Error {
  constructor(readonly at: Date) {
    super(`no rule set is in force at ${at.toISOString()}`);
    this.name = 'NoRuleSetInForceError';
  }
}

export class UnknownRuleSetVersionError extends Error {
  constructor(readonly version: string) {
    super(`unknown rule set version: ${version}`);
    this.name = 'UnknownRuleSetVersionError';
  }
}
