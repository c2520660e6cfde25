import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ErrorBody } from '../errors/error-body';

/** For refusals made before Nest routes the request (middleware), in the API's one error shape. */
export function sendError(response: Response, statusCode: number, message: string, details?: unknown): void {
  const body: ErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(details === undefined ? {} : { details }) };
  response.status(statusCode).json(body);
}
