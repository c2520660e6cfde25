import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { RootModule, runProcess } from '@app/runtime';
import { WorkerModule } from './worker.module';

void runProcess('worker', (context) => NestFactory.createApplicationContext(RootModule.of(context, WorkerModule)));
