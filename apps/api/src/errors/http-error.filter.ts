import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MetricsService } from '../metrics/metrics.service';
import { STATUS_CODES } from 'node:http';
import { ErrorBody } from './error-body';
import { statusOf } from './error-status';

/** Every error leaves the API as `{ statusCode, error, message, details }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly metrics: MetricsService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (body.statusCode === 401 || body.statusCode === 403) this.recordRefusal(http.getRequest<Request & { principal?: { userId: string; orgId: string } }>(), body);
    response.status(body.statusCode).json(body);
  }

  /** Every refused attempt is logged with the route, the caller and the reason, and counted. */
  private recordRefusal(request: Request & { principal?: { userId: string; orgId: string } }, body: ErrorBody): void {
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    const caller = request.principal ? `${request.principal.userId}@${request.principal.orgId}` : 'anonymous';
    this.logger.warn(`refused ${body.statusCode} ${route} caller=${caller} ip=${request.ip} reason=${body.message}`);
    this.metrics.refusedRequests.inc({ status: String(body.statusCode), route });
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
