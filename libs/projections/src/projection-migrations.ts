import { Migration } from '@app/database';
import { checkpointsMigration } from './checkpoints/checkpoints.migration';
import { dossierDeadlinesMigration } from './dossiers/dossier-deadlines.migration';
import { dossiersMigration } from './dossiers/dossiers.migration';
import { escalationsMigration } from './escalations/escalations.migration';
import { orgUnitsMigration } from './org-units/org-units.migration';
import { movementsAndPlansMigration } from './movements/movements-and-plans.migration';
import { agreementsMigration } from './agreements/agreements.migration';
import { resultDossiersMigration } from './results/result-dossiers.migration';
import { awardLedgerMigration } from './awards/award-ledger.migration';

/** The read side's schema (component `projections`), applied at start-up with the others. */
export const PROJECTION_MIGRATIONS: Migration[] = [
  checkpointsMigration,
  orgUnitsMigration,
  dossiersMigration,
  dossierDeadlinesMigration,
  escalationsMigration,
  agreementsMigration,
  resultDossiersMigration,
  awardLedgerMigration,
  movementsAndPlansMigration,
];
