import { CalendarController } from '../calendar/calendar.controller';
import { DeadlinesController } from '../deadlines/deadlines.controller';
import { DossierCommandsController } from '../dossiers/dossier-commands.controller';
import { DossierDeadlinesController } from '../dossiers/dossier-deadlines.controller';
import { DossierListsController } from '../dossiers/dossier-lists.controller';
import { DossierQueriesController } from '../dossiers/dossier-queries.controller';
import { HealthController } from '../health/health.controller';
import { JobsController } from '../jobs/jobs.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { MovementsController } from '../movements/movements.controller';
import { OrganisationsController } from '../organisations/organisations.controller';
import { PersonalDataController } from '../personal-data/personal-data.controller';
import { WebhooksController } from '../webhooks/webhooks.controller';
import { AgreementsController } from '../agreements/agreements.controller';
import { RankingsController } from '../rankings/rankings.controller';
import { SummariesController } from '../summaries/summaries.controller';
import { AwardsController } from '../awards/awards.controller';
import { HonoursController } from '../awards/honours.controller';
import { all, ANYWHERE, body, ControllerPolicies, controllerPolicies, dossier, movement, NATIONAL, nomination, org, param, PUBLIC, query, RoutePolicy, webhook } from './access-policy';

/**
 * Who may call each route, on what: the whole access policy of the API on one page. The access
 * guard refuses a route that is not listed here, and a controller's handler left out of its entry
 * does not compile. The domain still checks what only it knows (the reviewer of the open step,
 * the owner of a dossier); this table keeps every caller inside the organisations its roles reach.
 */
export const ROUTE_POLICIES: readonly ControllerPolicies[] = [
  controllerPolicies(HealthController, { health: PUBLIC }),
  controllerPolicies(MetricsController, { scrape: PUBLIC }),
  controllerPolicies(OrganisationsController, {
    // The hierarchy itself is public administrative structure; every role needs it to navigate.
    list: { need: 'read', target: ANYWHERE },
    // Under a parent the administrator reaches; the Central Council itself (no parent) only by its own administrator.
    register: { need: 'administer', target: org(body('parentId', body('orgId'))) },
    rename: { need: 'administer', target: org(param('id')) },
    move: { need: 'administer', target: all(org(param('id'), { strictlyBelow: true }), org(body('parentId'))) },
    retire: { need: 'administer', target: org(param('id'), { strictlyBelow: true }) },
  }),
  controllerPolicies(DossierCommandsController, {
    create: { need: 'submit', target: org(body('orgId', 'home')) },
    edit: { need: 'submit', target: dossier() },
    submit: { need: 'submit', target: dossier() },
    withdraw: { need: 'submit', target: dossier() },
    approve: { need: 'review', target: dossier() },
    returnForRevision: { need: 'review', target: dossier() },
    reject: { need: 'review', target: dossier() },
  }),
  controllerPolicies(DossierDeadlinesController, {
    hold: { need: 'hold', target: dossier() },
    release: { need: 'hold', target: dossier() },
    migrate: { need: 'administer', target: dossier() },
  }),
  controllerPolicies(DossierQueriesController, {
    get: { need: 'read', target: dossier() },
    history: { need: 'read', target: dossier() },
  }),
  controllerPolicies(DossierListsController, {
    list: { need: 'read', target: org(query('org', 'anywhere')), results: 'dossier-page' },
    inbox: { need: 'read', target: org(param('id')) },
    statistics: { need: 'read', target: ANYWHERE, results: 'org-rows' },
  }),
  controllerPolicies(DeadlinesController, {
    overdue: { need: 'read', target: org(query('org', 'anywhere')) },
    upcoming: { need: 'read', target: org(query('org', 'anywhere')) },
  }),
  controllerPolicies(WebhooksController, {
    register: { need: 'administer', target: org(body('orgId', 'home')) },
    list: { need: 'administer', target: org(query('org', 'home')) },
    remove: { need: 'administer', target: webhook() },
    deadLetters: { need: 'administer', target: org(query('org', 'home')) },
  }),
  controllerPolicies(JobsController, { parked: { need: 'administer', target: NATIONAL } }),
  controllerPolicies(CalendarController, {
    // One national calendar, the same for every organisation.
    year: { need: 'read', target: ANYWHERE },
    setDay: { need: 'administer', target: NATIONAL },
  }),
  // A person's data are erased across the whole log, so only a national administrator may.
  controllerPolicies(PersonalDataController, { forget: { need: 'administer', target: NATIONAL } }),
  controllerPolicies(AgreementsController, {
    // Drawn up by a submitter of the proposing signatory; each signatory signs or calls it off through its own reviewer.
    propose: { need: 'submit', target: org(body('proposerOrgId', 'home')) },
    sign: { need: 'review', target: org(body('orgId', 'home')) },
    cancel: { need: 'review', target: org(body('orgId', 'home')) },
    // Joint agreements are public commitments between agencies, read like the hierarchy itself.
    get: { need: 'read', target: ANYWHERE },
    list: { need: 'read', target: ANYWHERE },
  }),
  controllerPolicies(SummariesController, {
    summary: { need: 'read', target: org(param('id')) },
    draftSummaryDossier: { need: 'submit', target: org(param('id')) },
  }),
  // A ranking shows the scores of every organisation below `under` (the caller's own by default).
  controllerPolicies(RankingsController, { ranking: { need: 'read', target: org(query('under', 'home')) } }),
  // A nomination is reached through its nominee's organisation; the domain checks who has authority for the form.
  controllerPolicies(AwardsController, {
    nominate: { need: 'nominate', target: org(body('orgId', 'home')) },
    get: { need: 'read', target: nomination() },
    vote: { need: 'review', target: nomination() },
    revoke: { need: 'record_awards', target: nomination() },
    withdraw: { need: 'nominate', target: nomination() },
    eligibility: { need: 'read', target: org(query('orgId', 'home')) },
    // Entries are keyed by nominee, not organisation: the answer keeps those within the caller's reach.
    ledger: { need: 'read', target: ANYWHERE },
  }),
  controllerPolicies(HonoursController, {
    annualResult: { need: 'record_awards', target: org(body('orgId', 'home')) },
    priorAward: { need: 'record_awards', target: org(body('orgId', 'home')) },
  }),
  controllerPolicies(MovementsController, {
    // Led by the launching organisation: an administrator reaching it, or its own reviewer (the domain checks which).
    launch: { need: 'lead', target: org(body('orgId', 'home')) },
    setWindow: { need: 'lead', target: movement() },
    close: { need: 'lead', target: movement() },
    // Movements, their windows and the cascade of plans are the public frame everyone works in;
    // a plan beyond the caller's reach shows only whose it is and its status.
    list: { need: 'read', target: ANYWHERE },
    get: { need: 'read', target: ANYWHERE },
    planTree: { need: 'read', target: ANYWHERE },
    missingPlans: { need: 'read', target: ANYWHERE, results: 'org-rows' },
  }),
];

const BY_CONTROLLER = new Map(ROUTE_POLICIES.map((entry) => [entry.controller as object, entry.handlers]));

/** The policy of one handler, or undefined when it has none (the guard then refuses). */
export function policyOf(controller: object, handler: string): RoutePolicy | undefined {
  return BY_CONTROLLER.get(controller)?.[handler];
}
