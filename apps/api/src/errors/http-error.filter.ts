import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ErrorBody } from './error-body';
import { statusOf } from './error-status';

/** Every error leaves the API as `{ statusCode, error, message, details }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const fromNest = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const message = Array.isArray(fromNest.message) ? 'the request is not valid' : String(fromNest.message ?? exception.message);
      const details = fromNest.details ?? (Array.isArray(fromNest.message) ? { problems: fromNest.message } : undefined);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(details === undefined ? {} : { details }) };
    }
    const mapped = statusOf(exception);
    if (mapped) {
      const message = exception instanceof Error ? exception.message : String(exception);
      return { statusCode: mapped.status, error: STATUS_CODES[mapped.status] ?? 'Error', message, details: mapped.details };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: 'Internal Server Error', message: 'an unexpected error occurred' };
  }
}
