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
import { IssueMovementCommandHandler } from './handlers/issue-movement-command.handler';
import { IssueAgreementCommandHandler } from './handlers/issue-agreement-command.handler';
import { loadScoringRuleSets } from './scoring/load-scoring-rule-sets';
import { ScoringRules } from './scoring/scoring-rules';
import { OrgTreeReader } from './organisations/org-tree-reader';
import { Pool } from 'pg';
import { PG_POOL } from '@app/runtime/tokens';
import { AwardLedgerQueries } from '@app/projections/awards/award-ledger.queries';
import { freshnessOf } from '@app/projections/awards/ledger-freshness';
import { AWARD_LEDGER_SOURCE } from './awards/award-ledger-source';
import { AwardRuleBook } from './awards/award-rule-book';
import { loadAwardRuleSets } from './awards/load-award-rule-sets';
import { IssueAwardCommandHandler } from './handlers/issue-award-command.handler';
import { IssueHonoursCommandHandler } from './handlers/issue-honours-command.handler';

/** The command side shared by the API and the workers. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    { provide: RuleBook, useFactory: (settings: Settings) => new RuleBook(loadRuleSets(settings.RULE_SETS_FILE)), inject: [SETTINGS] },
    { provide: OrgTreeReader, useFactory: (store: EventStore) => new OrgTreeReader(store), inject: [EVENT_STORE] },
    CalendarSync,
    IssueDossierCommandHandler,
    IssueOrgCommandHandler,
    IssueMovementCommandHandler,
    IssueAgreementCommandHandler,
    { provide: AwardRuleBook, useFactory: (settings: Settings) => new AwardRuleBook(loadAwardRuleSets(settings.AWARD_RULE_SETS_FILE)), inject: [SETTINGS] },
    // Award decisions read the ledger read model once it has caught up with the log.
    {
      provide: AWARD_LEDGER_SOURCE,
      useFactory: (pool: Pool, store: EventStore, settings: Settings) =>
        new AwardLedgerQueries(pool, freshnessOf(pool, store, settings.EVENT_STORE === 'postgres')),
      inject: [PG_POOL, EVENT_STORE, SETTINGS],
    },
    IssueAwardCommandHandler,
    IssueHonoursCommandHandler,
    { provide: ScoringRules, useFactory: (settings: Settings) => new ScoringRules(loadScoringRuleSets(settings.SCORING_RULE_SETS_FILE)), inject: [SETTINGS] },
  ],
  exports: [CqrsModule, RuleBook, OrgTreeReader, CalendarSync, ScoringRules, AwardRuleBook, AWARD_LEDGER_SOURCE],
})
export class WorkflowModule {}
