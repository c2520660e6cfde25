import { InvalidCommand, InvalidTransition } from '../errors/domain.errors';
import { RouteProblem } from '../routing/route';

/** The route in a submission is not one the authority policy allows (HTTP 400). */
export class InvalidRoute extends InvalidCommand {
  override readonly code: string = 'invalid_route';
  constructor(readonly reason: RouteProblem) {
    super('route', reason);
  }
}

/**
 * A reviewer acted on a round or step that is no longer the open one (HTTP 409): another reviewer
 * of the organisation already decided, or the dossier moved on. The client should reload.
 */
export class StaleReviewStep extends InvalidTransition {
  override readonly code: string = 'stale_review_step';
  constructor(
    command: string,
    readonly open: { round: number; step: number },
    readonly requested: { round: number; step: number },
    status = 'in_review',
  ) {
    super(command, status, `step ${requested.round}.${requested.step} is not open; ${open.round}.${open.step} is`);
  }
}
