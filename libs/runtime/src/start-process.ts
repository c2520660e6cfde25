import { INestApplicationContext, Logger } from '@nestjs/common';
import { loadSettings } from '@app/config';
import { prepareRuntime, RuntimeContext } from './runtime-context';

/**
 * The one start-up path of every process: settings, database, Redis, schema, then the Nest
 * application the caller builds. Any failure before serving prints its reason and exits 1.
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
    app.enableShutdownHooks();
    const database = context.database;
    const stopDatabase = () => void database.stop();
    process.once('beforeExit', stopDatabase);
    logger.log(
      `started (event store: ${context.settings.EVENT_STORE}, database: ${database.embedded ? `embedded at ${context.settings.EMBEDDED_PG_DIR}` : 'external'})`,
    );
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await context?.database.stop().catch(() => undefined);
    process.exit(1);
  }
}
