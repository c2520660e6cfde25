/**
 * One administrative command of `npm run cli -- <name> [arguments]`. `run` returns the exit code;
 * it prints its own output. A bad argument is reported with the value that was wrong, and exit 2.
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export class CliUsageError extends Error {}
