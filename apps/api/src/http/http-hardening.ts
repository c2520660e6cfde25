import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Settings } from '@app/config';
import { bodyErrors } from './body-errors.middleware';
import { bodyShape } from './body-shape.middleware';
import { jsonOnly } from './json-only.middleware';

/** The largest JSON body accepted; a dossier's payload is a few kilobytes. */
export const BODY_LIMIT = '256kb';

/**
 * What every request passes before it reaches a route: security headers, CORS (closed unless
 * CORS_ORIGINS lists origins), JSON-only bodies of bounded size and shape. Order matters: each
 * step relies on the one before it.
 */
export function hardenHttp(app: NestExpressApplication, settings: Settings): void {
  app.set('trust proxy', settings.TRUST_PROXY);
  app.disable('x-powered-by');
  // The only HTML served is the API docs, also over plain http on a developer's machine.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (settings.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: settings.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key'],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    });
  }
  app.use(jsonOnly);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyErrors);
  app.use(bodyShape);
}
