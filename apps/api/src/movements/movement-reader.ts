import { Inject, Injectable } from '@nestjs/common';
import { Movement, NotFound } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { loadMovement } from '@app/workflow/commands/movement-command-runner';

/** A movement read from its own stream, so a client reads what it has just written. */
@Injectable()
export class MovementReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async launched(movementId: string): Promise<Exclude<Movement, { status: 'unlaunched' }>> {
    const state = await loadMovement(this.store, movementId);
    if (state.status === 'unlaunched') throw new NotFound('movement', movementId);
    return state;
  }
}
