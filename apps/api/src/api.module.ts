import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
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
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { DossierCommandIssuer } from './dossiers/dossier-command-issuer';
import { DossierCommandsController } from './dossiers/dossier-commands.controller';
import { DossierQueriesController } from './dossiers/dossier-queries.controller';
import { DossierReader } from './dossiers/dossier-reader';
import { HttpErrorFilter } from './errors/http-error.filter';
import { HealthController } from './health/health.controller';
import { OrganisationsController } from './organisations/organisations.controller';

@Module({
  imports: [WorkflowModule, QueueModule, ProjectionsModule],
  controllers: [HealthController, OrganisationsController, DossierCommandsController, DossierQueriesController, DossierListsController, WebhooksController, JobsController, CalendarController, DossierDeadlinesController, DeadlinesController, MetricsController],
  providers: [
    TokenVerifier,
    MetricsService,
    DossierCommandIssuer,
    DossierReader,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
export class ApiModule {}
