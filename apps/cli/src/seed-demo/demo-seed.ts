import { Pool } from 'pg';
import { Settings } from '@app/config';
import { EventStore } from '@app/event-store';
import { freshnessOf, readModelsCaughtUp, readModelsRunner } from '@app/projections';
import { AwardLedgerQueries } from '@app/projections/awards/award-ledger.queries';
import { AwardRuleBook, loadAwardRuleSets, loadRuleSets, OrgTreeReader, RuleBook } from '@app/workflow';
import { seedAgreement } from './demo-agreement';
import { seedAwards } from './demo-awards';
import { seedDossiers } from './demo-dossier-timeline';
import { DemoDossiers } from './demo-dossiers';
import { seedMovements } from './demo-movements';
import { seedOrganisations } from './demo-organisations';

export interface DemoSeedDeps {
  settings: Settings;
  pool: Pool;
  store: EventStore;
  log?: (line: string) => void;
}

/**
 * Loads the demo slice of the movement through the same commands and deciders the service runs,
 * with each act dated when it happened. The read models are kept current while it runs (award
 * decisions read the ledger), and have caught up with everything seeded when it returns. Returns
 * the dossiers it opened: name → id.
 */
export async function seedDemo(deps: DemoSeedDeps): Promise<ReadonlyMap<string, string>> {
  const { settings, pool, store } = deps;
  const log = deps.log ?? (() => undefined);
  const runner = readModelsRunner({ pool, store });
  await runner.start();
  try {
    const freshness = freshnessOf(pool, store, settings.EVENT_STORE === 'postgres', 60_000);
    const world = {
      store,
      rules: new RuleBook(loadRuleSets(settings.RULE_SETS_FILE)),
      orgTree: new OrgTreeReader(store),
      awardRules: new AwardRuleBook(loadAwardRuleSets(settings.AWARD_RULE_SETS_FILE)),
      ledger: new AwardLedgerQueries(pool, freshness),
    };
    log('organisations');
    await seedOrganisations(world);
    log('movements and submission windows');
    await seedMovements(world);
    log('the Hanoi agencies’ agreement');
    await seedAgreement(world);
    log('plans, reports and dossiers in every state');
    const dossiers = new DemoDossiers(world);
    await seedDossiers(dossiers);
    log('award ledger and nominations');
    await seedAwards(world);
    await readModelsCaughtUp(freshness);
    return dossiers.opened;
  } finally {
    await runner.stop();
  }
}
