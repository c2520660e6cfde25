import type { NextFunction, Request, Response } from 'express';
import { sendError } from './error-response';

/**
 * Every request body must be JSON, and a DELETE takes none. Without this, a body sent as text or
 * a form would simply not be parsed and the command would run as if it had no body at all, and a
 * body on a DELETE would be ignored whatever it said.
 */
export function jsonOnly(request: Request, response: Response, next: NextFunction): void {
  if (!hasBody(request)) return next();
  if (request.method === 'DELETE') return sendError(response, 400, 'a DELETE request takes no body');
  if (request.is('application/json')) return next();
  const given = request.headers['content-type'] ?? 'none';
  sendError(response, 415, `request bodies must be JSON (content-type: application/json), not ${given}`);
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
