import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Dossier, DossierCommand, UserActor } from '@app/domain';
import { IssueDossierCommand, OrgTreeReader, planSubmission, RuleBook } from '@app/workflow';
import { commandResponse } from './dossier-response';

/** Turns an HTTP request into one dossier command on the bus; controllers stay one line each. */
@Injectable()
export class DossierCommandIssuer {
  constructor(
    private readonly bus: CommandBus,
    private readonly rules: RuleBook,
    private readonly orgTree: OrgTreeReader,
  ) {}

  async issue(dossierId: string, command: DossierCommand, actor: UserActor, commandId: string) {
    const result = await this.bus.execute(new IssueDossierCommand({ dossierId, command, actor, commandId, now: new Date() }));
    return commandResponse(dossierId, result);
  }

  /** A submission is planned from the dossier as it stands: route, rule set, first due date. */
  async submit(dossierId: string, actor: UserActor, commandId: string, comment?: string) {
    const now = new Date();
    const request = { type: 'SubmitDossier', data: { dossierId, ...(comment ? { comment } : {}) } };
    const command = (state: Dossier) => planSubmission(state, { rules: this.rules, orgTree: this.orgTree }, now, comment);
    const result = await this.bus.execute(new IssueDossierCommand({ dossierId, command, request, actor, commandId, now }));
    return commandResponse(dossierId, result);
  }
}
