import { DomainError } from '../errors/domain.errors';

export type NoRouteReason = 'unknown_org' | 'retired_org' | 'no_authority_above';

/** No chain leads from the submitter to the authority in the hierarchy given (HTTP 422). */
export class NoRoute extends DomainError {
  readonly code: string = 'no_route';
  constructor(
    readonly reason: NoRouteReason,
    detail: string,
  ) {
    super(`no route (${reason}): ${detail}`);
  }
}
