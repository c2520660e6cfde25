import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { RuleBook } from './deadlines/rule-book';
import { IssueDossierCommandHandler } from './handlers/issue-dossier-command.handler';
import { IssueOrgCommandHandler } from './handlers/issue-org-command.handler';
import { OrgTreeReader } from './organisations/org-tree-reader';

/** The command side shared by the API and the workers. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    { provide: RuleBook, useFactory: () => new RuleBook() },
    { provide: OrgTreeReader, useFactory: (store: EventStore) => new OrgTreeReader(store), inject: [EVENT_STORE] },
    IssueDossierCommandHandler,
    IssueOrgCommandHandler,
  ],
  exports: [CqrsModule, RuleBook, OrgTreeReader],
})
export class WorkflowModule {}
