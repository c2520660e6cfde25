import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Settings } from '@app/config';
import { SETTINGS } from '@app/runtime/tokens';
import { loadRuleSets } from './deadlines/load-rule-sets';
import { CalendarSync } from './deadlines/calendar-sync';
import { RuleBook } from './deadlines/rule-book';
import { IssueDossierCommandHandler } from './handlers/issue-dossier-command.handler';
import { IssueOrgCommandHandler } from './handlers/issue-org-command.handler';
import { OrgTreeReader } from './organisations/org-tree-reader';

/** The command side shared by the API and the workers. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    { provide: RuleBook, useFactory: (settings: Settings) => new RuleBook(loadRuleSets(settings.RULE_SETS_FILE)), inject: [SETTINGS] },
    { provide: OrgTreeReader, useFactory: (store: EventStore) => new OrgTreeReader(store), inject: [EVENT_STORE] },
    CalendarSync,
    IssueDossierCommandHandler,
    IssueOrgCommandHandler,
  ],
  exports: [CqrsModule, RuleBook, OrgTreeReader, CalendarSync],
})
export class WorkflowModule {}
