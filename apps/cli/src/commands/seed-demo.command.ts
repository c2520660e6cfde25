import { CliCommand } from '../cli-command';
import { seedDemo } from '../seed-demo/demo-seed';
import { openCliPlatform } from '../support/cli-platform';
import { cliArguments } from './cli-arguments';

/**
 * npm run seed-demo
 *
 * Loads a realistic slice of the movement into the service's database (see the README's "Demo
 * data"). Every act has a fixed command id, so running it again appends nothing.
 */
export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'load the demo slice of the movement (organisations, movements, plans, reports, agreement, awards)',
  usage: 'seed-demo',
  async run(args) {
    cliArguments(args, {}, false);
    const platform = await openCliPlatform({ fresh: true });
    const started = Date.now();
    try {
      const before = await platform.store.headPosition();
      const dossiers = await seedDemo({ settings: platform.settings, pool: platform.pool, store: platform.store, log: (line) => console.log(`seeding ${line}…`) });
      const after = await platform.store.headPosition();
      const added = after === before ? 'nothing new (already seeded)' : `log head moved from ${before} to ${after}`;
      console.log('\ndossiers (GET /dossiers/<id>, /dossiers/<id>/history):');
      for (const [name, id] of dossiers) console.log(`  ${id}  ${name}`);
      console.log(`\ndemo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${added}`);
      return 0;
    } finally {
      await platform.close();
    }
  },
};
