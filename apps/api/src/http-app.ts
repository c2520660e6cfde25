import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { logLevelsFrom, RuntimeContext } from '@app/runtime';
import { hardenHttp } from './http/http-hardening';

/** Builds the HTTP application around a root module: hardening (see http/), validation, OpenAPI at /docs. */
export async function createHttpApp(context: RuntimeContext, rootModule: object): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule as never, {
    logger: logLevelsFrom(context.settings.LOG_LEVEL),
    bodyParser: false,
  });
  hardenHttp(app, context.settings);
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, forbidUnknownValues: true }),
  );
  if (context.settings.SWAGGER) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Emulation movement approvals')
        .setDescription('Dossiers of the movement "The whole country competes in innovation and digital transformation" and their approval chain')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('docs', app, document);
  }
  return app;
}

export async function listen(app: INestApplication, context: RuntimeContext): Promise<void> {
  await app.listen(context.settings.PORT, context.settings.HOST);
  new Logger('http').log(`listening on http://${context.settings.HOST}:${context.settings.PORT} (API docs at /docs)`);
}
