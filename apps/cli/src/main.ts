import 'reflect-metadata';
import { CliCommand, CliUsageError } from './cli-command';

/** Every command, loaded only when asked for so each starts quickly. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  verify: async () => (await import('./commands/verify.command')).verifyCommand,
  seal: async () => (await import('./commands/seal.command')).sealCommand,
  export: async () => (await import('./commands/export.command')).exportCommand,
  'verify-bundle': async () => (await import('./commands/verify-bundle.command')).verifyBundleCommand,
  replay: async () => (await import('./commands/replay.command')).replayCommand,
  'seed-demo': async () => (await import('./commands/seed-demo.command')).seedDemoCommand,
  'diff-projections': async () => (await import('./commands/diff-projections.command')).diffProjectionsCommand,
  forget: async () => (await import('./commands/forget.command')).forgetCommand,
};

function help(): void {
  console.log('usage: npm run cli -- <command> [arguments]\n\ncommands:');
  for (const name of Object.keys(COMMANDS).sort()) console.log(`  ${name}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    help();
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`unknown command ${JSON.stringify(name)}`);
    help();
    return 2;
  }
  const command = await load();
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\nusage: npm run cli -- ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
