import { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

export interface ServedRoute {
  method: string;
  path: string;
}

/** Every route the running application serves, as Express routes it: `GET /dossiers/:id`. */
export function servedRoutes(app: INestApplication): ServedRoute[] {
  const express = app.getHttpAdapter().getInstance();
  const stack = (express.router ?? express._router).stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>;
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => ({ method: method.toUpperCase(), path: layer.route!.path })));
}

/** Every request handler of every controller Nest knows, as `Controller.handler` with its class. */
export function controllerHandlers(app: INestApplication): Array<{ controller: object; handler: string; name: string }> {
  const handlers: Array<{ controller: object; handler: string; name: string }> = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> };
      for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
        const method = controller.prototype[handler];
        if (typeof method === 'function' && Reflect.getMetadata(METHOD_METADATA, method) !== undefined) {
          handlers.push({ controller, handler, name: `${controller.name}.${handler}` });
        }
      }
    }
  }
  return handlers;
}
