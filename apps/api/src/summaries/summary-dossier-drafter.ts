import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DossierCommand, summaryDossierPayload, UserActor } from '@app/domain';
import { deterministicUuid } from '@app/workflow';
import { DossierCommandIssuer } from '../dossiers/dossier-command-issuer';
import { SummaryReader } from './summary-reader';
import { SummaryDossierDto } from './summary.dto';

/**
 * Draws up an organisation's preliminary or final summary dossier from its computed summary, as a
 * draft its submitter then sends up the chain like any dossier. The command id makes a retry safe:
 * the same request under the same id returns the dossier first drawn up, with the figures of then.
 */
@Injectable()
export class SummaryDossierDrafter {
  constructor(
    private readonly reader: SummaryReader,
    private readonly issuer: DossierCommandIssuer,
  ) {}

  async draft(orgId: string, body: SummaryDossierDto, actor: UserActor, commandId: string) {
    const { kind, narrative, planRef, comment } = body;
    const { summary, plan, position } = await this.reader.summary(orgId, kind);
    const payload = summaryDossierPayload(summary, { planRef: planRef ?? plan.dossierId, narrative });
    if (payload.values.length === 0) {
      throw new UnprocessableEntityException({ message: `no approved yearly report of ${orgId} or below gives a value for its plan's criteria yet`, details: { code: 'nothing_reported' } });
    }
    const dossierId = deterministicUuid(`dossier\n${actor.userId}\n${commandId}`);
    const request = { type: 'DrawUpSummaryDossier', data: { orgId, kind, narrative, ...(planRef ? { planRef } : {}), ...(comment ? { comment } : {}) } };
    const create = { type: 'CreateDossier', data: { dossierId, orgId, kind, payload, ...(comment ? { comment } : {}) } } as DossierCommand;
    return { ...(await this.issuer.planned(dossierId, request, actor, commandId, () => create)), resultsPosition: position };
  }
}
