import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { WorkflowModule } from '@app/workflow';
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
  imports: [WorkflowModule],
  controllers: [HealthController, OrganisationsController, DossierCommandsController, DossierQueriesController],
  providers: [
    TokenVerifier,
    DossierCommandIssuer,
    DossierReader,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
export class ApiModule {}
