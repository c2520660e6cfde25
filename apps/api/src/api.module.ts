import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Settings } from '@app/config';
import { SETTINGS } from '@app/runtime/tokens';
import { ProjectionsModule } from '@app/projections/projections.module';
import { QueueModule } from '@app/queue/queue.module';
import { DossierListsController } from './dossiers/dossier-lists.controller';
import { WorkflowModule } from '@app/workflow';
import { JobsController } from './jobs/jobs.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { CalendarController } from './calendar/calendar.controller';
import { DossierDeadlinesController } from './dossiers/dossier-deadlines.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { AccessGuard } from './access/access.guard';
import { AccessTargets } from './access/access-targets';
import { ScopedResultsInterceptor } from './access/scoped-results.interceptor';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { CallerRateLimitGuard, IpRateLimitGuard } from './rate-limit/rate-limit.guards';
import { rateLimits } from './rate-limit/rate-limits';
import { TokenVerifier } from './auth/token-verifier';
import { DossierCommandIssuer } from './dossiers/dossier-command-issuer';
import { DossierCommandsController } from './dossiers/dossier-commands.controller';
import { DossierQueriesController } from './dossiers/dossier-queries.controller';
import { DossierReader } from './dossiers/dossier-reader';
import { HttpErrorFilter } from './errors/http-error.filter';
import { HealthController } from './health/health.controller';
import { OrganisationsController } from './organisations/organisations.controller';
import { MovementsController } from './movements/movements.controller';
import { MovementReader } from './movements/movement-reader';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementReader } from './agreements/agreement-reader';
import { RankingReader } from './rankings/ranking-reader';
import { RankingsController } from './rankings/rankings.controller';
import { ApprovedResults } from './results/approved-results';
import { SummariesController } from './summaries/summaries.controller';
import { AwardsController } from './awards/awards.controller';
import { HonoursController } from './awards/honours.controller';
import { AwardReader } from './awards/award-reader';
import { SummaryReader } from './summaries/summary-reader';
import { SummaryDossierDrafter } from './summaries/summary-dossier-drafter';
import { PersonalDataController } from './personal-data/personal-data.controller';

@Module({
  imports: [
    WorkflowModule,
    QueueModule,
    ProjectionsModule,
    ThrottlerModule.forRootAsync({ useFactory: (settings: Settings) => rateLimits(settings), inject: [SETTINGS] }),
  ],
  controllers: [HealthController, OrganisationsController, DossierCommandsController, DossierQueriesController, DossierListsController, WebhooksController, JobsController, CalendarController, DossierDeadlinesController, DeadlinesController, MetricsController, PersonalDataController, AgreementsController, SummariesController, RankingsController, AwardsController, HonoursController, MovementsController],
  providers: [
    MovementReader,
    TokenVerifier,
    MetricsService,
    DossierCommandIssuer,
    DossierReader,
    AwardReader,
    ApprovedResults,
    AgreementReader,
    SummaryReader,
    SummaryDossierDrafter,
    RankingReader,
    AccessTargets,
    // Global guards run in this order: address limit, token, caller limit, access policy.
    { provide: APP_GUARD, useClass: IpRateLimitGuard },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: CallerRateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: ScopedResultsInterceptor },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
export class ApiModule {}
