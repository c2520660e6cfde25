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
  submit(dossierId: string, actor: UserActor, commandId: string, comment?: string) {
    const request = { type: 'SubmitDossier', data: { dossierId, ...(comment ? { comment } : {}) } };
    return this.planned(dossierId, request, actor, commandId, (state, now) =>
      planSubmission(state, { rules: this.rules, orgTree: this.orgTree }, now, comment),
    );
  }

  /**
   * A command computed from the dossier as it stands when it is decided (due dates, what is left of
   * a held step); `request` is what the caller asked, which a repeated command id must match.
   */
  async planned(
    dossierId: string,
    request: { type: string; data: object },
    actor: UserActor,
    commandId: string,
    plan: (state: Dossier, now: Date, rules: RuleBook) => DossierCommand | Promise<DossierCommand>,
  ) {
    const now = new Date();
    const command = (state: Dossier) => plan(state, now, this.rules);
    const result = await this.bus.execute(new IssueDossierCommand({ dossierId, command, request, actor, commandId, now }));
    return commandResponse(dossierId, result);
  }
}
