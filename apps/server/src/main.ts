import 'reflect-metadata';
import { RootModule, runProcess } from '@app/runtime';
import { ApiModule } from '../../api/src/api.module';
import { createHttpApp, listen } from '../../api/src/http-app';
import { WorkerModule } from '../../worker/src/worker.module';

/** API and workers in one process: the default for a single machine. */
void runProcess('server', async (context) => {
  const app = await createHttpApp(context, RootModule.of(context, ApiModule, WorkerModule));
  await listen(app, context);
  return app;
});
