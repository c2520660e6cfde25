import 'reflect-metadata';
import { RootModule, runProcess } from '@app/runtime';
import { ApiModule } from './api.module';
import { createHttpApp, listen } from './http-app';

void runProcess('api', async (context) => {
  const app = await createHttpApp(context, RootModule.of(context, ApiModule));
  await listen(app, context);
  return app;
});
