import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { logLevelsFrom, RootModule, runProcess } from '@app/runtime';
import { WorkerModule } from './worker.module';

void runProcess('worker', (context) => NestFactory.createApplicationContext(RootModule.of(context, WorkerModule), { logger: logLevelsFrom(context.settings.LOG_LEVEL) }));
