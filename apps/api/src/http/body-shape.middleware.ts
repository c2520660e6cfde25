import type { NextFunction, Request, Response } from 'express';
import { bodyShapeProblem } from './body-shape';
import { sendError } from './error-response';

/** Refuses a parsed body that is too deep, carries prototype keys or text that cannot be stored (see body-shape.ts). */
export function bodyShape(request: Request, response: Response, next: NextFunction): void {
  const problem = request.body === undefined ? null : bodyShapeProblem(request.body);
  if (problem === null) return next();
  sendError(response, 400, 'the request body is not acceptable', { problems: [problem] });
}
