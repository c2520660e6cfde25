import type { NextFunction, Request, Response } from 'express';
import { sendError } from './error-response';

/** What the JSON body parser refuses (too large, not JSON, an unknown charset), in the API's error shape. */
export function bodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const messages: Record<string, string> = {
    'entity.too.large': 'the request body is larger than the API accepts',
    'entity.parse.failed': 'the request body is not valid JSON',
    'encoding.unsupported': 'the request body has an unsupported content encoding',
    'charset.unsupported': 'the request body has an unsupported charset',
  };
  sendError(response, status, messages[type ?? ''] ?? 'the request body cannot be read');
}
