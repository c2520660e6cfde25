import { CliCommand } from '../../apps/cli/src/cli-command';
import { diffProjectionsCommand } from '../../apps/cli/src/commands/diff-projections.command';
import { replayCommand } from '../../apps/cli/src/commands/replay.command';

/** Runs one CLI command in a child process as `npm run cli` would, exiting with its code. */
const COMMANDS: Record<string, CliCommand> = { replay: replayCommand, 'diff-projections': diffProjectionsCommand };

const [name, ...args] = process.argv.slice(2);
COMMANDS[name].run(args).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
