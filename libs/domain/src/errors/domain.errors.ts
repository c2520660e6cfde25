/**
 * Every refusal from the domain is a DomainError with a stable `code` (never renamed: clients and
 * logs key on it). The application layer maps the families, by `instanceof`, to responses:
 *
 *   NotAllowed         not_allowed          the actor may not do this        (HTTP 403)
 *   NotFound           not_found            the aggregate does not exist     (HTTP 404)
 *   InvalidTransition  invalid_transition   not possible in the current state (HTTP 409)
 *   InvalidPayload     invalid_payload      the dossier content is invalid   (HTTP 422)
 *   InvalidCommand     invalid_command      a command argument is malformed  (HTTP 400)
 *
 * Subclasses (each with its own code) live beside the concept they belong to and extend one of
 * these families, e.g. `StaleReviewStep extends InvalidTransition`, `InvalidRoute extends InvalidCommand`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export type NotAllowedReason =
  /** The acting role is not among the roles the actor holds. */
  | 'role_not_held'
  | 'requires_submitter'
  | 'requires_reviewer'
  | 'requires_admin'
  | 'requires_system'
  /** A submitter of another organisation than the dossier's own. */
  | 'not_owner_org'
  /** A reviewer of another organisation than the one at the current review step. */
  | 'not_reviewer_org';

export class NotAllowed extends DomainError {
  readonly code: string = 'not_allowed';
  constructor(
    readonly reason: NotAllowedReason,
    detail?: string,
  ) {
    super(`not allowed (${reason})${detail ? `: ${detail}` : ''}`);
  }
}

export class NotFound extends DomainError {
  readonly code: string = 'not_found';
  constructor(
    readonly aggregate: string,
    readonly id: string,
  ) {
    super(`${aggregate} ${id} does not exist`);
  }
}

export class InvalidTransition extends DomainError {
  readonly code: string = 'invalid_transition';
  constructor(
    readonly command: string,
    readonly status: string,
    detail?: string,
  ) {
    super(`${command} is not possible when ${status}${detail ? `: ${detail}` : ''}`);
  }
}

export interface PayloadIssue {
  /** Dotted path into the payload, e.g. `criteria.2.target`; '' for the payload itself. */
  path: string;
  message: string;
}

export class InvalidPayload extends DomainError {
  readonly code: string = 'invalid_payload';
  constructor(readonly issues: readonly PayloadIssue[]) {
    super(`invalid payload: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

export class InvalidCommand extends DomainError {
  readonly code: string = 'invalid_command';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`invalid ${field}: ${problem}`);
  }
}
