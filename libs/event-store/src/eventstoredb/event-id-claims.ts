import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent, NO_STREAM, START, WrongExpectedVersionError } from '@eventstore/db-client';
import { DuplicateEventId } from '../event-store.errors';
import { readStreamEvents } from './esdb-reads';

/**
 * Keeps an event id to one stream, which EventStoreDB does not do by itself: it only recognises an
 * id again at the place it was written, and has no lookup by id. Before an append writes new ids,
 * each is claimed by creating the stream "_eventid-<id>" holding the name of the target stream.
 * Creation is atomic on the server (expected revision "no stream"), so of two appends racing to put
 * one id in two streams exactly one wins the claim, and the other is refused.
 *
 * The price: one extra small write per new event, and an extra stream per event in the database
 * (the "_" prefix keeps them out of every read of this adapter). A claim is made before the append
 * and is never taken back, so an id is bound to the stream of the first append that reached this
 * step, even if that append then failed (for a conflict, or a crash): it can still be retried there,
 * but not used in another stream. Claims cannot be made in one transaction with the append itself.
 */
const CLAIM_STREAM_PREFIX = '_eventid-';
const CLAIM_TYPE = 'EventIdClaimed';

export class EventIdClaims {
  constructor(
    private readonly client: EventStoreDBClient,
    /** Finds where a stream stores an id, for the error message. */
    private readonly locate: (stream: string, id: string) => Promise<number | undefined>,
  ) {}

  /** Binds every id to the stream, or throws DuplicateEventId naming the first bound elsewhere. */
  async claim(stream: string, ids: readonly string[]): Promise<void> {
    const owners = await Promise.all(ids.map((id) => this.claimOne(stream, id)));
    const clash = owners.findIndex((owner) => owner !== stream);
    if (clash === -1) return;
    const [id, owner] = [ids[clash], owners[clash]];
    const revision = await this.locate(owner, id);
    // An id claimed by an append that never landed is refused all the same, without a place to name.
    throw revision === undefined ? new DuplicateEventId(id, stream) : new DuplicateEventId(id, stream, owner, revision);
  }

  private async claimOne(stream: string, id: string): Promise<string> {
    const claimStream = `${CLAIM_STREAM_PREFIX}${id}`;
    try {
      await this.client.appendToStream(claimStream, jsonEvent({ id: randomUUID(), type: CLAIM_TYPE, data: { stream } }), {
        expectedRevision: NO_STREAM,
      });
      return stream;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
    const [claim] = await readStreamEvents(this.client, claimStream, { fromRevision: START, maxCount: 1 });
    const owner = (claim?.event?.data as { stream?: unknown } | undefined)?.stream;
    if (typeof owner !== 'string') throw new Error(`${claimStream} does not hold a claim`);
    return owner;
  }
}
