import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { agreementProgress, agreementStream } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AgreementRow, evolveAgreementRow } from '@app/projections';
import { ApprovedResults } from '../results/approved-results';
import { agreementView, termsOf } from './agreement-view';

/**
 * One agreement straight from its stream (always current, even just after a signature), folded
 * with the read model's own function; its progress toward each target from the signatories'
 * approved yearly reports (a report's value for a target id counts toward that target).
 */
@Injectable()
export class AgreementReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly results: ApprovedResults,
  ) {}

  async get(agreementId: string) {
    const events = await this.store.readStream(agreementStream(agreementId));
    const row = events.reduce<AgreementRow | null>(evolveAgreementRow, null);
    if (row === null) throw new NotFoundException({ message: `agreement ${agreementId} does not exist`, details: { code: 'not_found' } });
    const { reports, position } = await this.results.current();
    return { ...agreementView(row), progress: { resultsPosition: position, targets: agreementProgress(termsOf(row), reports) } };
  }
}
