import { LogLevel } from '@nestjs/common';

const SEVERITY: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/** LOG_LEVEL names the least severe level shown; everything more severe is shown too. */
export function logLevelsFrom(level: LogLevel): LogLevel[] {
  return SEVERITY.slice(SEVERITY.indexOf(level));
}
