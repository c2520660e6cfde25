import { INestApplicationContext, Logger } from '@nestjs/common';
import { loadSettings } from '@app/config';
import { prepareRuntime, RuntimeContext } from './runtime-context';

/**
 * The one start-up path of every process: settings, database, Redis, schema, then the Nest
 * application the caller builds. Any failure before serving prints its reason and exits 1.
 * On SIGINT/SIGTERM the application closes first (workers finish their jobs, projections commit
 * their batch), and only then does an embedded database stop.
 */
export async function runProcess(
  name: string,
  build: (context: RuntimeContext) => Promise<INestApplicationContext>,
): Promise<void> {
  const logger = new Logger(name);
  let context: RuntimeContext | undefined;
  try {
    context = await prepareRuntime(loadSettings());
    const app = await build(context);
    const database = context.database;
    let stopping = false;
    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: stopping`);
      await app.close().catch((error) => logger.error(error));
      await database.stop().catch((error) => logger.error(error));
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    logger.log(
      `started (event store: ${context.settings.EVENT_STORE}, database: ${database.embedded ? `embedded at ${context.settings.EMBEDDED_PG_DIR}` : 'external'})`,
    );
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await context?.database.stop().catch(() => undefined);
    process.exit(1);
  }
}
